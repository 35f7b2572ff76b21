import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Clock } from '../core/clock';
import { type BackupService, createBackupService } from './backup-service';
import { machineSecretFileFor } from './machine-secret';
import type { OfficeHandle } from './office-handle';

export interface StartBackupsOptions {
  office: OfficeHandle;
  clock: Clock;
  archiveDir?: string;
  migrationsFolder?: string;
  nativeBinding?: string;
  log: (message: string, error: unknown) => void;
}

/**
 * The backup service of the process that owns the database (browser mode's host, the desktop's
 * main process), with the machine's secret and the work folder beside the database file.
 */
export function startBackups(options: StartBackupsOptions): BackupService {
  const beside =
    options.office.file === ':memory:'
      ? path.join(mkdtempSync(path.join(tmpdir(), 'ventanilla-')), 'memoria')
      : options.office.file;
  return createBackupService({
    ...options,
    secretFile: machineSecretFileFor(beside),
    workDir: `${beside}.copias-tmp`,
  });
}
