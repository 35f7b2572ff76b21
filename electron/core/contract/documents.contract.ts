import { z } from 'zod';
import { agendaDay } from './agenda.contract';
import { agreementView } from './agreements.contract';
import { closeReport, receiptView } from './cash.contract';
import { companyProfile, officeFormat, printerConfig } from './company.contract';
import { couponView } from './coupons.contract';
import { internalMutation, query } from './define';
import { workOrderView } from './fieldwork.contract';
import { invoiceView } from './invoices.contract';
import { notificationView } from './notifications.contract';
import { partyRow } from './parties.contract';
import { missingNoticeView, pqrView } from './pqr.contract';
import { noDebtCertificateView } from './no-debt.contract';
import { nameChangeConstanciaView } from './name-change.contract';
import { documentNumber, documentType, printTarget, reprintNumber } from './print.contract';
import { dailyReport } from './reports.contract';
import { responseLetterView } from './responses.contract';
import { statementView } from './statements.contract';
import { subscriberSummary } from './subscribers.contract';
import { ROLES } from '../../../db/schema/enums';

const documentRef = z.strictObject({ type: documentType, number: documentNumber });

/** Who signs a document "by whoever prints it" (informe diario, hoja de ruta): the calling user. */
const signer = z.object({ fullName: z.string(), documentNumber: z.string(), role: z.enum(ROLES) });

/** What every document carries besides its record: header, formatting, and how often it was printed. */
const common = {
  number: z.string(),
  target: printTarget,
  company: companyProfile,
  office: officeFormat,
  /** Times already printed: the next print is REIMPRESIÓN `prints` when it is above 0. */
  prints: z.number(),
};

const kind = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), ...common, ...shape });

/** Everything a document component needs, by type: the print service and the preview render from it. */
export const documentView = z.discriminatedUnion('type', [
  kind('FACTURA', { invoice: invoiceView }),
  kind('ANULACION_FACTURA', { invoice: invoiceView }),
  kind('ACUERDO', { agreement: agreementView, subscriber: subscriberSummary, party: partyRow }),
  kind('PRUEBA', { config: printerConfig.extend({ workstation: z.string() }), printedAt: z.string() }),
  kind('CUPON', { coupon: couponView }),
  kind('RECIBO', { receipt: receiptView }),
  kind('ANULACION_RECIBO', { receipt: receiptView }),
  kind('CORTE_CAJA', { report: closeReport }),
  kind('ESTADO_CUENTA', { statement: statementView }),
  kind('INFORME_DIARIO', { report: dailyReport, generatedBy: signer, generatedAt: z.string() }),
  kind('HOJA_RUTA', { day: agendaDay, printedBy: signer }),
  kind('ORDEN_TRABAJO', { order: workOrderView }),
  kind('RESPUESTA', { letter: responseLetterView }),
  kind('EDICTO', { edict: notificationView, letter: responseLetterView, businessDays: z.number() }),
  kind('SOLICITUD_TRAMITE', { request: pqrView }),
  kind('DOCUMENTACION_FALTANTE', { notice: missingNoticeView }),
  kind('CERTIFICADO_NO_ADEUDO', { certificate: noDebtCertificateView, validDays: z.number() }),
  kind('CONSTANCIA_CAMBIO_NOMBRE', { constancia: nameChangeConstanciaView }),
]);
export type DocumentView = z.infer<typeof documentView>;
export type DocumentOf<T extends DocumentView['type']> = Extract<DocumentView, { type: T }>;

export const printRecord = z.object({
  reprint: z.number(),
  printedAt: z.string(),
  user: z.object({ username: z.string(), fullName: z.string() }),
  workstation: z.string(),
  printer: z.string(),
  printerError: z.string().nullable(),
  /** Relative to the archive folder, "2026/11/FACTURA/FAC-2026-000001.pdf". */
  archivePath: z.string(),
});
export type PrintRecord = z.infer<typeof printRecord>;

/** A path inside the archive as the print service writes it: forward slashes, never leaving it. */
const archivePath = z
  .string()
  .min(1)
  .max(300)
  .regex(/^(?!.*\.\.)[A-Za-z0-9_-][A-Za-z0-9_./-]*\.pdf$/, { error: 'Ruta del archivo: no válida' });

const printCopy = documentRef.extend({ reprint: reprintNumber });

export const documentsContract = {
  /**
   * A document as it prints, by reference: the record, the company header and the office's
   * formatting. Only the roles of PRINT_ROLES, only a document that exists (and is theirs where
   * that matters). Session access here; the per-type role is checked by the handler.
   */
  'documents.get': query('session', documentRef.extend({ target: printTarget.default('DOCUMENT') }), documentView),
  /** Every print of a document, oldest first: who, where, when, and the archived PDF. */
  'documents.printHistory': query('session', documentRef, z.array(printRecord)),
  /**
   * The print service logs a print once its PDF is archived; (type, number, reprint) is unique,
   * so of two puestos printing at once one gets CONFLICT and prints the next reprint instead.
   */
  'documents.recordPrint': internalMutation(
    'session',
    printCopy.extend({ archivePath, printer: z.string().max(200) }),
    z.object({ reprint: z.number() }),
  ),
  /** What the printer answered (null: it printed), written once after the print was logged. */
  'documents.recordPrinterAnswer': internalMutation(
    'session',
    printCopy.extend({ printerError: z.string().max(500).nullable() }),
    z.object({ reprint: z.number() }),
  ),
};
