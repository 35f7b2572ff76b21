import { unlink } from 'node:fs/promises';
import type { z } from 'zod';
import { type Clock, civilDateOf } from '../core/clock';
import type { Output, Result } from '../core/contract';
import type { DocumentView } from '../core/contract/documents.contract';
import type { Dispatch } from '../core/dispatch';
import { archivePdf, archivedFile } from './archive';
import { documentHtml } from './document-html';
import type { PrintEngine, PrintPage } from './engine';
import { wrapPage } from './page';
import { withTimeout } from './paper';
import { Refusal, parse, refuse, sessionUser, unwrap } from './print-refusal';
import { type PrintAnswerInput, printAnswerInput, printPrepareInput } from './puesto-print.contract';

/**
 * The server's half of print.document: everything up to the print log. The record comes from
 * the core through dispatch with the caller's session (role, existence, ownership are the
 * core's), is rendered here with the documents' components, archived, and recorded by a
 * dispatched mutation. Only the copy the log accepted goes on to paper.
 */

export interface PrintPreparerDeps {
  dispatch: Dispatch;
  /** Makes the PDF; the server's own, whichever computer prints the paper. */
  engine: PrintEngine;
  archiveDir: string;
  /** The documents' print stylesheet (renderer/src/documents/documents.css), given by the host, never by a client. */
  css: string;
  clock: Clock;
  log: (message: string, error: unknown) => void;
}

/** A copy archived and logged: what goes to paper. */
export interface RecordedCopy {
  type: DocumentView['type'];
  number: string;
  reprint: number;
  page: PrintPage;
  pdf: Buffer;
  archivePath: string;
  printer: string;
}

const PDF_TIMEOUT_MS = 45_000;
/** Puestos printing the same document at once each take the next reprint; past this, the user tries again. */
const MAX_ATTEMPTS = 5;

const NOT_RENDERED =
  'No se pudo preparar el documento para imprimir, así que no se imprimió ni se archivó. Avise al administrador.';
const PDF_FAILED = 'No se pudo generar el PDF del documento, así que no se imprimió ni se archivó. Intente de nuevo.';
const TOO_BUSY = 'Otros puestos están imprimiendo este mismo documento en este momento; intente de nuevo.';

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

export function createPrintPreparer(deps: PrintPreparerDeps) {
  const { dispatch, engine, clock, log } = deps;
  const oneAtATime = serialize();

  const requireSession = (session: string | null): Output<'auth.session'> => sessionUser(dispatch(session, 'auth.session', {}));

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
    return { page, pdf, archivePath };
  }

  async function recordedCopy(session: string | null, input: z.output<typeof printPrepareInput>): Promise<RecordedCopy> {
    const { type, number, target } = input;
    const config = unwrap<Output<'printing.config'>>(dispatch(session, 'printing.config', {}));
    const printer = target === 'RECEIPT' ? config.receiptPrinter : config.documentPrinter;
    const paper = target === 'RECEIPT' ? 'ROLLO_80MM' : config.paper;
    for (let attempt = 1; ; attempt++) {
      const doc = unwrap<DocumentView>(dispatch(session, 'documents.get', { type, number, target }));
      const reprint = doc.prints;
      const copy = await archivedCopy(doc, reprint, paper);
      const entry = { type, number, reprint, archivePath: copy.archivePath, printer };
      const recorded = dispatch(session, 'documents.recordPrint', entry, { internal: true });
      // Only the copy the log accepted reaches paper: of two puestos at once, one ORIGINAL.
      if (recorded.ok) return { ...entry, page: copy.page, pdf: copy.pdf };
      // Not logged, so not a print: its PDF must not stay in the archive as if it were one.
      await unlink(archivedFile(deps.archiveDir, copy.archivePath)).catch((error: unknown) =>
        log(`print.document: no se pudo retirar ${copy.archivePath} del archivo`, error),
      );
      if (recorded.error.code !== 'CONFLICT') throw new Refusal(recorded.error);
      if (attempt === MAX_ATTEMPTS) refuse('CONFLICT', TOO_BUSY);
    }
  }

  /** What the printer said of a copy; the core takes it once, from the user who printed it. */
  const recordAnswer = (session: string | null, answer: PrintAnswerInput): Result<unknown> =>
    dispatch(session, 'documents.recordPrinterAnswer', answer, { internal: true });

  return {
    requireSession,
    recordAnswer,

    /**
     * Prepares the copy and hands it to `then` while still holding this document's turn: on
     * the office's one PC the paper job is part of the turn, as a double click always was.
     */
    async withCopy<T>(session: string | null, rawInput: unknown, then: (copy: RecordedCopy) => Promise<T>): Promise<T> {
      // The same order as dispatch: a session first, then the input.
      requireSession(session);
      const input = parse(printPrepareInput, rawInput);
      return oneAtATime(`${input.type}:${input.number}`, async () => then(await recordedCopy(session, input)));
    },

    /** print.answer from a puesto: the printer's answer to a copy this user prepared. */
    async answer(session: string | null, rawInput: unknown): Promise<{ reprint: number }> {
      requireSession(session);
      return unwrap<{ reprint: number }>(recordAnswer(session, parse(printAnswerInput, rawInput)));
    },
  };
}

export type PrintPreparer = ReturnType<typeof createPrintPreparer>;
