import type { Invoke } from '../printing/invoker';
import { type BackupService, isBackupServiceProcedure } from './backup-service';

/** After these procedures commit, a backup follows: the corte de caja closes a day of money. */
const BACKUP_AFTER: readonly string[] = ['cash.close'];

/**
 * backups.* to the backup service, everything else as before; a corte de caja that committed
 * starts a backup in the background (after its transaction, never inside it: the cashier's
 * answer does not wait for it).
 */
export function withBackups(invoke: Invoke, service: BackupService): Invoke {
  return async (session, name, input) => {
    if (isBackupServiceProcedure(name)) return service.handle(session, name, input);
    const result = await invoke(session, name, input);
    if (result.ok && BACKUP_AFTER.includes(name)) void service.afterCashClose();
    return result;
  };
}
