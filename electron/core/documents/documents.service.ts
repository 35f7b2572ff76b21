import type { Db, Sqlite } from '../../../db/open';
import { printLog } from '../../../db/schema';
import type { Ctx } from '../context';
import type { PrintRecord, PrintStatus } from '../contract/documents.contract';
import type { DocumentType } from '../contract/print.contract';
import { notFound } from '../errors';
import { prepared } from '../statements';

/**
 * Which numbered documents exist, for printing: a print is only logged for a real document.
 * null = always exists (the test page of ADMINISTRACIÓN → Impresión).
 */
const EXISTS: Record<DocumentType, { sql: string; missing: (n: string) => string } | null> = {
  FACTURA: {
    sql: 'SELECT 1 FROM invoices WHERE number = ?',
    missing: (n) => `No existe la factura ${n}.`,
  },
  ANULACION_FACTURA: {
    sql: 'SELECT 1 FROM invoices WHERE number = ? AND voided_at IS NOT NULL',
    missing: (n) => `La factura ${n} no existe o no está anulada: no hay aviso de anulación que imprimir.`,
  },
  ACUERDO: {
    sql: 'SELECT 1 FROM payment_agreements WHERE number = ?',
    missing: (n) => `No existe el acuerdo de pago ${n}.`,
  },
  PRUEBA: null,
  CUPON: { sql: 'SELECT 1 FROM coupons WHERE number = ?', missing: (n) => `No existe el cupón ${n}.` },
  RECIBO: { sql: 'SELECT 1 FROM receipts WHERE number = ?', missing: (n) => `No existe el recibo ${n}.` },
  ANULACION_RECIBO: { sql: 'SELECT 1 FROM receipt_voids WHERE number = ?', missing: (n) => `No existe la anulación ${n}.` },
  CORTE_CAJA: {
    sql: 'SELECT 1 FROM cash_sessions WHERE close_number = ?',
    missing: (n) => `No existe el corte de caja ${n}.`,
  },
  ESTADO_CUENTA: {
    sql: 'SELECT 1 FROM account_statements WHERE number = ?',
    missing: (n) => `No existe el estado de cuenta ${n}.`,
  },
  INFORME_DIARIO: null,
  HOJA_RUTA: null,
  SOLICITUD_TRAMITE: {
    sql: 'SELECT 1 FROM pqr_requests WHERE filing_number = ?',
    missing: (n) => `No existe el radicado ${n}.`,
  },
  ORDEN_TRABAJO: {
    sql: 'SELECT 1 FROM work_orders WHERE number = ?',
    missing: (n) => `No existe la orden de trabajo ${n}.`,
  },
  RESPUESTA: { sql: 'SELECT 1 FROM response_letters WHERE number = ?', missing: (n) => `No existe el oficio de respuesta ${n}.` },
  EDICTO: {
    sql: "SELECT 1 FROM notifications WHERE kind = 'EDICTO' AND number = ?",
    missing: (n) => `No existe el edicto ${n}.`,
  },
};

export interface DocumentRef {
  type: DocumentType;
  number: string;
}

function requireDocument(sqlite: Sqlite, { type, number }: DocumentRef): void {
  const rule = EXISTS[type];
  if (rule && !prepared(sqlite, rule.sql).get(number)) throw notFound(rule.missing(number));
}

const STATUS = `SELECT count(*) AS prints,
    (SELECT archive_path FROM print_log WHERE document_type = @type AND document_number = @number ORDER BY id DESC LIMIT 1) AS lastArchivePath
  FROM print_log WHERE document_type = @type AND document_number = @number`;

export function printStatusOf(ctx: Pick<Ctx, 'sqlite'>, ref: DocumentRef): PrintStatus {
  requireDocument(ctx.sqlite, ref);
  return prepared(ctx.sqlite, STATUS).get({ type: ref.type, number: ref.number }) as PrintStatus;
}

const HISTORY = `SELECT p.reprint, p.printed_at AS printedAt, u.username, u.full_name AS fullName, p.workstation,
    p.printer, p.printer_error AS printerError, p.archive_path AS archivePath
  FROM print_log p JOIN users u ON u.id = p.user_id
  WHERE p.document_type = ? AND p.document_number = ? ORDER BY p.id`;

type HistoryRow = Omit<PrintRecord, 'user'> & PrintRecord['user'];

export function printHistoryOf(ctx: Pick<Ctx, 'sqlite'>, ref: DocumentRef): PrintRecord[] {
  requireDocument(ctx.sqlite, ref);
  const rows = prepared(ctx.sqlite, HISTORY).all(ref.type, ref.number) as HistoryRow[];
  return rows.map(({ username, fullName, ...row }) => ({ ...row, user: { username, fullName } }));
}

export interface PrintEntry extends DocumentRef {
  reprint: number;
  archivePath: string;
  /** '' = the system's default printer. */
  printer: string;
  printerError: string | null;
  userId: number;
  workstation: string;
  /** ISO instant. */
  at: string;
}

/**
 * Logs one print. Internal: the print service calls it after archiving the PDF, never the
 * renderer (it is in no contract). print_log is immutable (triggers): a print is history.
 */
export function recordPrint(db: Db, entry: PrintEntry): void {
  db.insert(printLog)
    .values({
      documentType: entry.type,
      documentNumber: entry.number,
      reprint: entry.reprint,
      archivePath: entry.archivePath,
      printer: entry.printer,
      printerError: entry.printerError,
      printedAt: entry.at,
      userId: entry.userId,
      workstation: entry.workstation,
    })
    .run();
}
