import { unlink } from 'node:fs/promises';
import type { z } from 'zod';
import { type Clock, civilDateOf } from '../core/clock';
import type { AppOutput, Output, Result } from '../core/contract';
import type { DocumentView } from '../core/contract/documents.contract';
import { type PrintDocumentOutput, printContract } from '../core/contract/print.contract';
import { type Dispatch, issuesOf } from '../core/dispatch';
import type { AppErrorData, ErrorCode } from '../core/errors';
import { archivePdf, archivedFile } from './archive';
import { documentHtml } from './document-html';
import { type PrintEngine, type PrintPage, PrinterError, printerLabel } from './engine';
import { wrapPage } from './page';

/**
 * print.document and print.printers: the slow, asynchronous part of printing, outside
 * dispatch. A document is printed by reference: its record comes from the core through
 * dispatch with the caller's session (role, existence, ownership are the core's), is rendered
 * here with the documents' components, archived, recorded by a dispatched mutation and printed.
 */

export interface PrintServiceDeps {
  dispatch: Dispatch;
  engine: PrintEngine;
  archiveDir: string;
  /** The documents' print stylesheet (renderer/src/documents/documents.css), given by the host, never by a client. */
  css: string;
  clock: Clock;
  log: (message: string, error: unknown) => void;
}

export interface PrintService {
  handle(session: string | null, name: string, input: unknown): Promise<Result<unknown>>;
}

const PDF_TIMEOUT_MS = 45_000;
/** Above the engines' own limits, which also reset their printer. */
const PRINT_TIMEOUT_MS = 75_000;
/** Puestos printing the same document at once each take the next reprint; past this, the user tries again. */
const MAX_ATTEMPTS = 5;

const UNEXPECTED = 'Ocurrió un error inesperado al imprimir. Intente de nuevo; si se repite, avise al administrador.';
const NOT_RENDERED =
  'No se pudo preparar el documento para imprimir, así que no se imprimió ni se archivó. Avise al administrador.';
const PDF_FAILED = 'No se pudo generar el PDF del documento, así que no se imprimió ni se archivó. Intente de nuevo.';
const TOO_BUSY = 'Otros puestos están imprimiendo este mismo documento en este momento; intente de nuevo.';

class Refusal extends Error {
  constructor(readonly error: AppErrorData) {
    super(error.message);
  }
}

const refuse = (code: ErrorCode, message: string): never => {
  throw new Refusal({ code, message });
};

/** The data of a dispatch result, or the refusal it carries. */
function unwrap<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Refusal(result.error);
  return result.data as T;
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = issuesOf(parsed.error);
  throw new Refusal({ code: 'VALIDATION', message: issues[0]?.message ?? 'Datos no válidos', issues });
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** One print of a document at a time in this process: a double click does not render it twice at once. */
function serialize() {
  const tails = new Map<string, Promise<unknown>>();
  return <T>(key: string, work: () => Promise<T>): Promise<T> => {
    const previous = tails.get(key) ?? Promise.resolve();
    const next = previous.then(work, work);
    const tail = next.catch(() => undefined);
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return next;
  };
}

export function createPrintService(deps: PrintServiceDeps): PrintService {
  const { dispatch, engine, clock, log } = deps;
  const oneAtATime = serialize();
  const procedures = printContract;

  function requireSession(session: string | null): Output<'auth.session'> {
    const me = unwrap<Output<'auth.session'>>(dispatch(session, 'auth.session', {}));
    if (me.mustChangePassword) refuse('FORBIDDEN', 'Debe cambiar su contraseña antes de continuar.');
    return me;
  }

  /** The document as printed for `reprint`, its PDF archived: the page and where the PDF is (relative). */
  async function archivedCopy(doc: DocumentView, reprint: number, paper: PrintPage['paper']) {
    const title = `${doc.type} ${doc.number}${reprint > 0 ? ` REIMPRESIÓN ${reprint}` : ''}`;
    let html: string;
    try {
      html = documentHtml(doc, reprint);
    } catch (error) {
      log(`print.document: no se pudo preparar ${title}`, error);
      return refuse('INTERNAL', NOT_RENDERED);
    }
    const page = wrapPage({ html, css: deps.css, paper, title });
    let pdf: Buffer;
    try {
      pdf = await withTimeout(engine.toPdf(page), PDF_TIMEOUT_MS, () => new Error('PDF: tiempo agotado'));
    } catch (error) {
      log(`print.document: no se generó el PDF de ${title}`, error);
      // A missing browser says so itself (it names what to install).
      return refuse('INTERNAL', error instanceof Error && error.name === 'ChromiumMissingError' ? error.message : PDF_FAILED);
    }
    const date = civilDateOf(clock.now(), doc.office.timeZone);
    const { type, number } = doc;
    const archivePath = await archivePdf(deps.archiveDir, { type, number, reprint, date }, pdf).catch((error: unknown) => {
      log(`print.document: no se archivó ${title} en ${deps.archiveDir}`, error);
      return refuse(
        'INTERNAL',
        'No se pudo guardar el PDF en el archivo de documentos, así que no se imprimió. Revise que la carpeta del archivo exista y tenga espacio.',
      );
    });
    return { page, pdf, archivePath, title };
  }

  /** Sends the recorded copy to the printer; the printer's failure is an answer, not an error. */
  async function sendToPrinter(page: PrintPage, printer: string, pdf: Buffer, title: string): Promise<string | null> {
    try {
      await withTimeout(
        engine.print(page, printer, pdf),
        PRINT_TIMEOUT_MS,
        () => new PrinterError(`${printerLabel(printer)} no respondió a tiempo.`),
      );
      return null;
    } catch (error) {
      if (error instanceof PrinterError) return error.message;
      log(`print.document: la impresora falló con ${title}`, error);
      return `No se pudo imprimir en ${printerLabel(printer)}.`;
    }
  }

  /** No printer named for this workstation and none on this computer: there was no paper to print on. */
  async function noPrinterAt(printer: string): Promise<boolean> {
    if (printer !== '') return false;
    try {
      return (await engine.printers()).length === 0;
    } catch (error) {
      log('print.document: no se pudo listar las impresoras', error);
      return false;
    }
  }

  async function printDocument(session: string | null, rawInput: unknown): Promise<PrintDocumentOutput> {
    // The same order as dispatch: a session first, then the input.
    requireSession(session);
    const { type, number, target } = parse(procedures['print.document'].input, rawInput);
    return oneAtATime(`${type}:${number}`, async () => {
      const config = unwrap<Output<'printing.config'>>(dispatch(session, 'printing.config', {}));
      const printer = target === 'RECEIPT' ? config.receiptPrinter : config.documentPrinter;
      const paper = target === 'RECEIPT' ? 'ROLLO_80MM' : config.paper;
      for (let attempt = 1; ; attempt++) {
        const doc = unwrap<DocumentView>(dispatch(session, 'documents.get', { type, number, target }));
        const reprint = doc.prints;
        const copy = await archivedCopy(doc, reprint, paper);
        const entry = { type, number, reprint, archivePath: copy.archivePath, printer };
        const recorded = dispatch(session, 'documents.recordPrint', entry, { internal: true });
        if (recorded.ok) {
          // Only the copy the log accepted reaches paper: of two puestos at once, one ORIGINAL.
          const printerError = await sendToPrinter(copy.page, printer, copy.pdf, copy.title);
          const printerConfigured = printerError === null || !(await noPrinterAt(printer));
          const answer = { type, number, reprint, printerError };
          const answered = dispatch(session, 'documents.recordPrinterAnswer', answer, { internal: true });
          if (!answered.ok) log(`print.document: no se registró la respuesta de la impresora a ${copy.title}`, answered.error);
          return {
            archivePath: copy.archivePath,
            printer,
            printed: printerError === null,
            printerError,
            printerConfigured,
            reprint,
          };
        }
        // Not logged, so not a print: its PDF must not stay in the archive as if it were one.
        await unlink(archivedFile(deps.archiveDir, copy.archivePath)).catch((error: unknown) =>
          log(`print.document: no se pudo retirar ${copy.archivePath} del archivo`, error),
        );
        if (recorded.error.code !== 'CONFLICT') throw new Refusal(recorded.error);
        if (attempt === MAX_ATTEMPTS) refuse('CONFLICT', TOO_BUSY);
      }
    });
  }

  async function printers(session: string | null, rawInput: unknown): Promise<AppOutput<'print.printers'>> {
    requireSession(session);
    parse(procedures['print.printers'].input, rawInput);
    return { mode: engine.mode, printers: await engine.printers() };
  }

  return {
    async handle(session, name, input) {
      try {
        if (name === 'print.document') return { ok: true, data: await printDocument(session, input) };
        if (name === 'print.printers') return { ok: true, data: await printers(session, input) };
        return { ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: 'La acción solicitada no existe.' } };
      } catch (error) {
        if (error instanceof Refusal) return { ok: false, error: error.error };
        log(`${name}: error inesperado`, error);
        return { ok: false, error: { code: 'INTERNAL', message: UNEXPECTED } };
      }
    },
  };
}
