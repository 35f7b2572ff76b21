import { companyProfileOf } from '../company/company.service';
import { type Ctx, actor, nowIso } from '../context';
import type { DocumentView, PrintRecord } from '../contract/documents.contract';
import { type DocumentType, type PrintTarget, ROLL_DOCUMENTS, mayPrint } from '../contract/print.contract';
import { AppError, invalidField } from '../errors';
import { officeFormat } from '../office/office-format';
import { prepared } from '../statements';
import { archiveRelative } from './archive-path';
import { recordOf } from './document-records';
import { HISTORY, INSERT_PRINT, PRINTER_ANSWER, PRINTS_OF } from './documents.queries';

export interface DocumentRef {
  type: DocumentType;
  number: string;
}

/** The per-type rule of PRINT_ROLES: a role that may not print a type learns nothing of its records. */
function requirePrintRole(ctx: Ctx, type: DocumentType): void {
  if (!mayPrint(type, actor(ctx).role)) throw new AppError('FORBIDDEN', 'Su rol no tiene permiso para imprimir este documento.');
}

const printsOf = (ctx: Ctx, { type, number }: DocumentRef): number =>
  prepared(ctx.sqlite, PRINTS_OF).pluck().get(type, number) as number;

/** documents.get: the record of a document and all it prints with, for the print service and the preview. */
export function documentOf(ctx: Ctx, { type, number, target }: DocumentRef & { target: PrintTarget }): DocumentView {
  requirePrintRole(ctx, type);
  if (target === 'RECEIPT' && !ROLL_DOCUMENTS.includes(type)) {
    throw invalidField('target', 'Solo los recibos de caja y sus anulaciones se imprimen en la impresora de recibos.');
  }
  const record = recordOf(ctx, type, number);
  const company = companyProfileOf(ctx);
  // The record's type is the loader's for `type`: the union member is the one named by `type`.
  return { type, number, target, company, office: officeFormat(ctx.db), prints: printsOf(ctx, { type, number }), ...record } as DocumentView;
}

type HistoryRow = Omit<PrintRecord, 'user'> & PrintRecord['user'];

/** Every print of a document the caller may print, its PDF said relative to the archive. */
export function printHistoryOf(ctx: Ctx, ref: DocumentRef): PrintRecord[] {
  requirePrintRole(ctx, ref.type);
  recordOf(ctx, ref.type, ref.number);
  const rows = prepared(ctx.sqlite, HISTORY).all(ref.type, ref.number) as HistoryRow[];
  return rows.map(({ username, fullName, archivePath, ...row }) => ({
    ...row,
    archivePath: archiveRelative(ctx.archiveDir, archivePath),
    user: { username, fullName },
  }));
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Error && (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE';

interface PrintCopy extends DocumentRef {
  reprint: number;
}

/**
 * documents.recordPrint (internal): logs a copy the print service archived. The unique
 * (type, number, reprint) decides between two puestos printing at once: the second hears
 * CONFLICT and prints the next reprint. print_log is history: never changed but for the
 * printer's answer.
 */
export function recordPrint(ctx: Ctx, input: PrintCopy & { archivePath: string; printer: string }): { reprint: number } {
  requirePrintRole(ctx, input.type);
  const entry = { ...input, at: nowIso(ctx), userId: actor(ctx).id, workstation: ctx.workstation };
  try {
    prepared(ctx.sqlite, INSERT_PRINT).run(entry);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError(
      'CONFLICT',
      `Otro puesto imprimió ${input.type} ${input.number} al mismo tiempo; se imprime la copia siguiente.`,
    );
  }
  const { type, number, ...after } = input;
  ctx.audit({ recordType: type, recordId: number, after });
  return { reprint: input.reprint };
}

/** documents.recordPrinterAnswer (internal): what the printer said of a copy, once, by whoever printed it. */
export function recordPrinterAnswer(ctx: Ctx, input: PrintCopy & { printerError: string | null }): { reprint: number } {
  const answered = prepared(ctx.sqlite, PRINTER_ANSWER).run({ ...input, at: nowIso(ctx), userId: actor(ctx).id });
  if (answered.changes === 0) {
    throw new AppError('CONFLICT', `La respuesta de la impresora a ${input.type} ${input.number} ya se registró o no es suya.`);
  }
  const { type, number, ...after } = input;
  ctx.audit({ recordType: type, recordId: number, after });
  return { reprint: input.reprint };
}
