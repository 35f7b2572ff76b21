import type { AppOutput, Result } from '../core/contract';
import { type PrintDocumentOutput, printContract } from '../core/contract/print.contract';
import type { Invoke } from './invoker';
import { putOnPaper } from './paper';
import { type PrintPreparerDeps, createPrintPreparer } from './print-preparer';
import { UNKNOWN, parse, settle } from './print-refusal';
import { PRINT_ANSWER, PRINT_PREPARE, type PreparedCopy } from './puesto-print.contract';

/**
 * print.document and print.printers: the slow, asynchronous part of printing, outside
 * dispatch. A document is printed by reference (see print-preparer.ts). On the office's one
 * PC, or on its server, both halves run here: the copy is prepared, then printed on this
 * computer's printer. A paired puesto asks for the first half (prepare) and reports the
 * second (answer) through createServerPrintInvoke.
 */

export type PrintServiceDeps = PrintPreparerDeps;

/** print.document and print.printers, as the renderer calls them: on the one PC, the server or a puesto. */
export interface PrintHandler {
  handle(session: string | null, name: string, input: unknown): Promise<Result<unknown>>;
}

export interface PrintService extends PrintHandler {
  /** The server's half for a puesto: archived and logged, not printed. */
  prepare(session: string | null, input: unknown): Promise<Result<PreparedCopy>>;
  /** The printer's answer a puesto reports for a copy it was given by prepare. */
  answer(session: string | null, input: unknown): Promise<Result<{ reprint: number }>>;
}

export function createPrintService(deps: PrintServiceDeps): PrintService {
  const { engine, log } = deps;
  const preparer = createPrintPreparer(deps);

  const printDocument = (session: string | null, rawInput: unknown): Promise<PrintDocumentOutput> =>
    preparer.withCopy(session, rawInput, async (copy) => {
      const { printerError, printerConfigured } = await putOnPaper({ engine, log }, copy);
      const { type, number, reprint, printer, archivePath } = copy;
      const answered = preparer.recordAnswer(session, { type, number, reprint, printerError });
      if (!answered.ok) log(`print.document: no se registró la respuesta de la impresora a ${copy.page.title}`, answered.error);
      return { archivePath, printer, printed: printerError === null, printerError, printerConfigured, reprint };
    });

  async function printers(session: string | null, rawInput: unknown): Promise<AppOutput<'print.printers'>> {
    preparer.requireSession(session);
    parse(printContract['print.printers'].input, rawInput);
    return { mode: engine.mode, printers: await engine.printers() };
  }

  return {
    handle(session, name, input) {
      if (name === 'print.document') return settle(name, log, () => printDocument(session, input));
      if (name === 'print.printers') return settle(name, log, () => printers(session, input));
      return Promise.resolve(UNKNOWN);
    },
    prepare: (session, input) =>
      settle(PRINT_PREPARE, log, () =>
        preparer.withCopy(session, input, async ({ pdf, ...copy }) => ({ ...copy, pdfBase64: pdf.toString('base64') })),
      ),
    answer: (session, input) => settle(PRINT_ANSWER, log, () => preparer.answer(session, input)),
  };
}

/**
 * What the office server plugs into its puesto channel: print.prepare and print.answer,
 * answered by this print service; null for any other name, which the channel routes as usual.
 */
export function createServerPrintInvoke(printService: PrintService): (...call: Parameters<Invoke>) => ReturnType<Invoke> | null {
  return (session, name, input) => {
    if (name === PRINT_PREPARE) return printService.prepare(session, input);
    if (name === PRINT_ANSWER) return printService.answer(session, input);
    return null;
  };
}
