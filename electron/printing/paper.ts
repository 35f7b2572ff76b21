import { type PrintEngine, type PrintPage, PrinterError, printerLabel } from './engine';

/**
 * Putting an archived, recorded copy on paper: the same on the office's one PC and on a puesto,
 * whose printers are its own while the archive and the print log are the server's.
 */

/** Above the engines' own limits, which also reset their printer. */
const PRINT_TIMEOUT_MS = 75_000;

export interface PaperDeps {
  engine: PrintEngine;
  log: (message: string, error: unknown) => void;
}

export interface PaperCopy {
  page: PrintPage;
  /** '' = the system default. */
  printer: string;
  pdf: Buffer;
}

export interface PaperOutcome {
  /** Spanish, for the user: why the printer did not print; null when it did. */
  printerError: string | null;
  /** false: no printer named and none on this computer, so the archived PDF was all there was to make. */
  printerConfigured: boolean;
}

export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Sends the recorded copy to the printer; the printer's failure is an answer, not an error. */
async function sendToPrinter({ engine, log }: PaperDeps, { page, printer, pdf }: PaperCopy): Promise<string | null> {
  try {
    await withTimeout(
      engine.print(page, printer, pdf),
      PRINT_TIMEOUT_MS,
      () => new PrinterError(`${printerLabel(printer)} no respondió a tiempo.`),
    );
    return null;
  } catch (error) {
    if (error instanceof PrinterError) return error.message;
    log(`print.document: la impresora falló con ${page.title}`, error);
    return `No se pudo imprimir en ${printerLabel(printer)}.`;
  }
}

/** No printer named for this workstation and none on this computer: there was no paper to print on. */
async function noPrinterAt({ engine, log }: PaperDeps, printer: string): Promise<boolean> {
  if (printer !== '') return false;
  try {
    return (await engine.printers()).length === 0;
  } catch (error) {
    log('print.document: no se pudo listar las impresoras', error);
    return false;
  }
}

export async function putOnPaper(deps: PaperDeps, copy: PaperCopy): Promise<PaperOutcome> {
  const printerError = await sendToPrinter(deps, copy);
  const printerConfigured = printerError === null || !(await noPrinterAt(deps, copy.printer));
  return { printerError, printerConfigured };
}
