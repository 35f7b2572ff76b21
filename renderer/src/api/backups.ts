import { type Output } from '.';
import { procedureQuery } from './queries';

export type BackupStatus = Output<'backups.status'>;
export type BackupFile = Output<'backups.list'>[number];
export type BackupContents = Output<'backups.inspect'>;

/** ADMINISTRACIÓN → Copias de seguridad, and the warning at login. */
export const backupQueries = {
  status: () => procedureQuery('backups.status', {}),
  /** The backups in the destination folder: read from the drive each time the screen asks. */
  files: () => procedureQuery('backups.list', {}),
};
