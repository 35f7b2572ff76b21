import type { Result } from '../core/contract';
import type { Dispatch } from '../core/dispatch';
import type { ExportService } from '../exports/export-service';
import { isExportFileProcedure, isPrintProcedure } from '../printing/invoker';
import { type PrintService, createServerPrintInvoke } from '../printing/print-service';
import { isBackupServiceProcedure } from '../backups/backup-service';
import type { PuestoInvoke } from './office-server';

/**
 * How the office server answers a puesto's call: as the local window's calls, but run as the
 * puesto (its workstation name), so sessions, printer settings, cash sessions and audit rows are
 * the puesto's. The puesto prints on its own printers: the server prepares and archives the copy.
 * Backups are the server's own business (its folder, its passphrase): only their state is told.
 */

export interface PuestoChannelDeps {
  dispatch: Dispatch;
  /** The services of one workstation, made on its first call (they dispatch as it). */
  printService(dispatch: Dispatch): PrintService;
  exportService(dispatch: Dispatch): ExportService;
  /** backups.status for the warning at login; null when the server has no backup service. */
  backupStatus?: (session: string | null, workstation: string) => Promise<Result<unknown>>;
}

const refused = (message: string): Result<never> => ({ ok: false, error: { code: 'UNKNOWN_PROCEDURE', message } });
const PRINT_HERE = refused('Un puesto imprime en sus propias impresoras: pida el documento con print.prepare.');
const BACKUPS_ON_SERVER = refused(
  'Las copias de seguridad se manejan en el servidor de la oficina (ADMINISTRACIÓN → Copias de seguridad).',
);

export function createPuestoChannel(deps: PuestoChannelDeps): PuestoInvoke {
  const services = new Map<
    string,
    { dispatch: Dispatch; print: ReturnType<typeof createServerPrintInvoke>; exports: ExportService }
  >();
  const servicesOf = (workstation: string) => {
    let found = services.get(workstation);
    if (!found) {
      const dispatch: Dispatch = (session, name, input, options) =>
        deps.dispatch(session, name, input, { ...options, workstation });
      found = { dispatch, print: createServerPrintInvoke(deps.printService(dispatch)), exports: deps.exportService(dispatch) };
      services.set(workstation, found);
    }
    return found;
  };
  return async (workstation, session, name, input) => {
    const of = servicesOf(workstation);
    const prepared = of.print(session, name, input);
    if (prepared) return prepared;
    if (isPrintProcedure(name)) return PRINT_HERE;
    if (isExportFileProcedure(name)) return of.exports.handle(session, name, input);
    if (isBackupServiceProcedure(name)) {
      return name === 'backups.status' && deps.backupStatus ? deps.backupStatus(session, workstation) : BACKUPS_ON_SERVER;
    }
    return of.dispatch(session, name, input);
  };
}
