import type { AppOutput } from '../core/contract';
import { type PrintDocumentOutput, printContract } from '../core/contract/print.contract';
import type { PrintEngine } from './engine';
import type { Invoke } from './invoker';
import { putOnPaper } from './paper';
import { UNKNOWN, parse, refuse, sessionUser, settle, unwrap } from './print-refusal';
import type { PrintHandler } from './print-service';
import { PRINT_ANSWER, PRINT_PREPARE, type PrintAnswerInput, preparedCopy } from './puesto-print.contract';

/**
 * print.document and print.printers on a puesto: the office's server prepares the copy (reads
 * the record, renders it, archives the PDF, logs the print) and this computer prints it on its
 * own printer, then tells the server what the printer said. Nothing is archived here.
 */

export interface PuestoPrintServiceDeps {
  /** Reaches the office's server: its answers, or OFFLINE when it cannot be reached. */
  remote: Invoke;
  /** This puesto's printers. */
  engine: PrintEngine;
  log: (message: string, error: unknown) => void;
}

const BAD_COPY =
  'El servidor de la oficina envió un documento que no se pudo leer, así que no se imprimió. Avise al administrador.';

export function createPuestoPrintService({ remote, engine, log }: PuestoPrintServiceDeps): PrintHandler {
  async function printDocument(session: string | null, input: unknown): Promise<PrintDocumentOutput> {
    // The server checks the session, then the input: its refusals come back as they are.
    const prepared = preparedCopy.safeParse(unwrap(await remote(session, PRINT_PREPARE, input)));
    if (!prepared.success) {
      log('print.document: el servidor envió una copia que no se pudo leer', prepared.error);
      return refuse('INTERNAL', BAD_COPY);
    }
    const { pdfBase64, page, archivePath, printer, type, number, reprint } = prepared.data;
    const pdf = Buffer.from(pdfBase64, 'base64');
    const { printerError, printerConfigured } = await putOnPaper({ engine, log }, { page, printer, pdf });
    await tellServer(session, { type, number, reprint, printerError }, page.title);
    return { archivePath, printer, printed: printerError === null, printerError, printerConfigured, reprint };
  }

  /** The copy is printed (or not) whatever the server hears: a lost answer is logged, not the user's problem. */
  async function tellServer(session: string | null, answer: PrintAnswerInput, title: string): Promise<void> {
    try {
      const answered = await remote(session, PRINT_ANSWER, answer);
      if (!answered.ok) log(`print.document: el servidor no registró la respuesta de la impresora a ${title}`, answered.error);
    } catch (error) {
      log(`print.document: no se pudo enviar al servidor la respuesta de la impresora a ${title}`, error);
    }
  }

  async function printers(session: string | null, rawInput: unknown): Promise<AppOutput<'print.printers'>> {
    sessionUser(await remote(session, 'auth.session', {}));
    parse(printContract['print.printers'].input, rawInput);
    return { mode: engine.mode, printers: await engine.printers() };
  }

  return {
    handle(session, name, input) {
      if (name === 'print.document') return settle(name, log, () => printDocument(session, input));
      if (name === 'print.printers') return settle(name, log, () => printers(session, input));
      return Promise.resolve(UNKNOWN);
    },
  };
}
