import type { Result } from '../core/contract';
import { printContract } from '../core/contract/print.contract';
import type { Dispatch } from '../core/dispatch';
import type { ExportService } from '../exports/export-service';
import { exportFileContract } from '../core/contract/export-file.contract';
import type { PrintHandler } from './print-service';

/** What the transports call: every procedure the renderer can name, answered asynchronously. */
export type Invoke = (session: string | null, name: string, input: unknown) => Promise<Result<unknown>>;

const NO_PRINTING: Result<never> = {
  ok: false,
  error: { code: 'UNKNOWN_PROCEDURE', message: 'La impresión no está disponible en esta ejecución de Ventanilla.' },
};

const NO_EXPORTS: Result<never> = {
  ok: false,
  error: { code: 'UNKNOWN_PROCEDURE', message: 'La exportación de archivos no está disponible en esta ejecución de Ventanilla.' },
};

export const isPrintProcedure = (name: string): boolean => Object.hasOwn(printContract, name);
export const isExportFileProcedure = (name: string): boolean => Object.hasOwn(exportFileContract, name);

/**
 * print.* to the print service, exports.file to the export service, everything else to
 * dispatch (synchronous, one transaction).
 */
export function createInvoker(dispatch: Dispatch, printService?: PrintHandler, exportService?: ExportService): Invoke {
  return async (session, name, input) => {
    if (isPrintProcedure(name)) return printService ? printService.handle(session, name, input) : NO_PRINTING;
    if (isExportFileProcedure(name)) return exportService ? exportService.handle(session, name, input) : NO_EXPORTS;
    return dispatch(session, name, input);
  };
}
