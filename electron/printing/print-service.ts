import type { z } from 'zod';
import type { Core } from '../core/app';
import { writeAudit } from '../core/audit/audit';
import { type Clock, civilDateOf } from '../core/clock';
import type { AppOutput, Output, Result } from '../core/contract';
import { type PrintDocumentOutput, printContract } from '../core/contract/print.contract';
import { type Dispatch, issuesOf } from '../core/dispatch';
import { recordPrint } from '../core/documents/documents.service';
import type { AppErrorData, ErrorCode } from '../core/errors';
import { getSetting } from '../core/settings/settings';
import { archivePdf } from './archive';
import { type PrintEngine, PrinterError, printerLabel } from './engine';
import { wrapPage } from './page';

/**
 * print.document and print.printers: the slow, asynchronous part of printing, outside
 * dispatch. The business checks (session, the document exists, which reprint this is, this
 * workstation's printer) still go through dispatch, so they are the same rules as everywhere.
 */

export interface PrintServiceDeps {
  dispatch: Dispatch;
  core: Pick<Core, 'db' | 'sqlite'>;
  engine: PrintEngine;
  archiveDir: string;
  clock: Clock;
  log: (message: string, error: unknown) => void;
}

export interface PrintService {
  handle(session: string | null, name: string, input: unknown): Promise<Result<unknown>>;
}

const PDF_TIMEOUT_MS = 45_000;
/** Above the engines' own limits, which also reset their printer. */
const PRINT_TIMEOUT_MS = 75_000;

const UNEXPECTED = 'Ocurrió un error inesperado al imprimir. Intente de nuevo; si se repite, avise al administrador.';
const PDF_FAILED = 'No se pudo generar el PDF del documento, así que no se imprimió ni se archivó. Intente de nuevo.';
const LOG_FAILED =
  'El documento se archivó y se envió a la impresora, pero no se pudo registrar la impresión. Avise al administrador.';
const REPRINTED_ELSEWHERE = 'Este documento ya se imprimió de nuevo en otro puesto; vuelva a imprimir.';
const REPRINT_AHEAD = 'El número de reimpresión no corresponde a las impresiones registradas; vuelva a imprimir.';

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

/** One print of a document at a time in this process, so two clicks cannot both be REIMPRESIÓN 1. */
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
  const { dispatch, core, engine, clock, log } = deps;
  const oneAtATime = serialize();
  const procedures = printContract;

  function requireSession(session: string | null): Output<'auth.session'> {
    const me = unwrap<Output<'auth.session'>>(dispatch(session, 'auth.session', {}));
    if (me.mustChangePassword) refuse('FORBIDDEN', 'Debe cambiar su contraseña antes de continuar.');
    return me;
  }

  async function printDocument(session: string | null, rawInput: unknown): Promise<PrintDocumentOutput> {
    // The same order as dispatch: a session first, then the input.
    const me = requireSession(session);
    const input = parse(procedures['print.document'].input, rawInput);
    const { type, number, reprint, target } = input;
    return oneAtATime(`${type}:${number}`, async () => {
      const status = unwrap<Output<'documents.printStatus'>>(dispatch(session, 'documents.printStatus', { type, number }));
      if (reprint < status.prints) refuse('CONFLICT', REPRINTED_ELSEWHERE);
      if (reprint > status.prints) refuse('CONFLICT', REPRINT_AHEAD);
      const config = unwrap<Output<'printing.config'>>(dispatch(session, 'printing.config', {}));
      const printer = target === 'RECEIPT' ? config.receiptPrinter : config.documentPrinter;
      const paper = target === 'RECEIPT' ? 'ROLLO_80MM' : config.paper;
      const title = reprint > 0 ? `${type} ${number} REIMPRESIÓN ${reprint}` : `${type} ${number}`;
      const page = wrapPage({ html: input.html, css: input.css, paper, title });

      let pdf: Buffer;
      try {
        pdf = await withTimeout(engine.toPdf(page), PDF_TIMEOUT_MS, () => new Error('PDF: tiempo agotado'));
      } catch (error) {
        log(`print.document: no se generó el PDF de ${title}`, error);
        // A missing browser says so itself (it names what to install).
        return refuse('INTERNAL', error instanceof Error && error.name === 'ChromiumMissingError' ? error.message : PDF_FAILED);
      }
      const at = clock.now();
      const date = civilDateOf(at, getSetting(core.db, 'office.timeZone'));
      const archivePath = await archivePdf(deps.archiveDir, { type, number, reprint, date }, pdf).catch((error: unknown) => {
        log(`print.document: no se archivó ${title} en ${deps.archiveDir}`, error);
        return refuse(
          'INTERNAL',
          `No se pudo guardar el PDF en el archivo de documentos (${deps.archiveDir}), así que no se imprimió. Revise que la carpeta exista y tenga espacio.`,
        );
      });

      let printerError: string | null = null;
      try {
        await withTimeout(
          engine.print(page, printer, pdf),
          PRINT_TIMEOUT_MS,
          () => new PrinterError(`${printerLabel(printer)} no respondió a tiempo.`),
        );
      } catch (error) {
        if (!(error instanceof PrinterError)) log(`print.document: la impresora falló con ${title}`, error);
        const reason = error instanceof PrinterError ? error.message : `No se pudo imprimir en ${printerLabel(printer)}.`;
        // The screen adds where the PDF was archived and that it can be reprinted.
        printerError = reason;
      }

      try {
        core.sqlite.transaction(() => {
          const entry = { type, number, reprint, archivePath, printer, printerError };
          recordPrint(core.db, { ...entry, userId: me.user.id, workstation: config.workstation, at: at.toISOString() });
          writeAudit(
            core.db,
            at.toISOString(),
            { userId: me.user.id, username: me.user.username, workstation: config.workstation },
            'print.document',
            { recordType: type, recordId: number, after: entry },
          );
        })();
      } catch (error) {
        log(`print.document: no se registró la impresión de ${title}`, error);
        refuse('INTERNAL', LOG_FAILED);
      }
      return { archivePath, printer, printed: printerError === null, printerError, reprint };
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
