import { agendaDayOf } from '../agenda/agenda.day';
import { agreementByNumber } from '../agreements/agreements.service';
import { fromUtc, toUtc } from '../calendar/civil';
import { officeText } from '../office/office-format';
import { closeReport } from '../cash/close';
import { receiptByNumber, receiptView } from '../cash/receipts';
import { printerConfigOf } from '../company/company.service';
import { type Ctx, actor, nowIso, today } from '../context';
import type { DocumentOf } from '../contract/documents.contract';
import { type DocumentType, testPageNumber } from '../contract/print.contract';
import { couponByNumber } from '../coupons/coupons.service';
import { AppError, notFound } from '../errors';
import { workOrderByNumber } from '../fieldwork/fieldwork.views';
import { invoiceByNumber } from '../invoices/invoices.service';
import { edictView } from '../notifications/notifications.service';
import { getPartyRow } from '../parties/parties.service';
import { pqrByFiling } from '../pqr/pqr.service';
import { missingNoticeByNumber } from '../pqr/requirements';
import { noDebtCertificateByNumber } from '../no-debt/no-debt.service';
import { daysBetween } from '../calendar/civil';
import { dailyReport } from '../reports/daily';
import { letterByNumber } from '../responses/letters.service';
import { prepared } from '../statements';
import { statementByNumber } from '../statements/statements.service';
import { getByCode } from '../subscribers/subscribers.service';
import { nameChangeConstancia } from '../name-change/name-change.service';
import { CLOSE_BY_NUMBER, RECEIPT_OF_VOID } from './documents.queries';

/**
 * Each document type's record, read through the services that own it: what exists is what
 * prints. A loader throws NOT_FOUND (in Spanish) when there is nothing to print.
 */

type Common = 'type' | 'number' | 'target' | 'company' | 'office' | 'prints';
export type RecordOf<T extends DocumentType> = Omit<DocumentOf<T>, Common>;
type Loaders = { [T in DocumentType]: (ctx: Ctx, number: string) => RecordOf<T> };

/** The civil day a day-numbered document names (INF-2026-11-23), or null when it names none. */
function dayOf(prefix: string, number: string): string | null {
  const date = number.startsWith(prefix) ? number.slice(prefix.length) : '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  return fromUtc(toUtc(date)) === date ? date : null;
}

/** Signed by whoever prints it: the calling user, as the session knows them now. */
function signerOf(ctx: Ctx) {
  const { fullName, documentNumber, role } = actor(ctx);
  return { fullName, documentNumber, role };
}

function closeReportOf(ctx: Ctx, number: string) {
  const row = prepared(ctx.sqlite, CLOSE_BY_NUMBER).get(number) as { id: number; cashierId: number } | undefined;
  if (!row) throw notFound(`No existe el corte de caja ${number}.`);
  const me = actor(ctx);
  // A cashier answers for their own drawer only; the supervisors read every corte.
  if (me.role === 'CAJERO' && row.cashierId !== me.id) {
    throw new AppError('FORBIDDEN', `El corte ${number} es de la caja de otro cajero: solo puede imprimir los de sus cajas.`);
  }
  return closeReport(ctx, row.id);
}

function dailyReportOf(ctx: Ctx, number: string) {
  const date = dayOf('INF-', number);
  if (!date) throw notFound(`No existe el informe diario ${number}: su número es INF- y el día, por ejemplo INF-2026-11-23.`);
  if (date > today(ctx))
    throw notFound(`El informe diario del ${officeText(ctx.db).day(date)} aún no existe: ese día no ha llegado.`);
  return { report: dailyReport(ctx, date), generatedBy: signerOf(ctx), generatedAt: nowIso(ctx) };
}

function routeSheetOf(ctx: Ctx, number: string) {
  const date = dayOf('HR-', number);
  if (!date) throw notFound(`No existe la hoja de ruta ${number}: su número es HR- y el día, por ejemplo HR-2026-11-23.`);
  const day = agendaDayOf(ctx, date);
  if (!day.groups.some((g) => g.visits.length > 0)) {
    throw notFound(`No hay visitas agendadas el ${officeText(ctx.db).day(date)}: no hay hoja de ruta que imprimir.`);
  }
  return { day, printedBy: signerOf(ctx) };
}

/** The test page belongs to the workstation that prints it: its configuration, printed now. */
function testPageOf(ctx: Ctx, number: string) {
  const own = testPageNumber(ctx.workstation);
  if (number !== own) throw notFound(`La página de prueba de este equipo es ${own}; ${number} no es de este equipo.`);
  return { config: printerConfigOf(ctx), printedAt: nowIso(ctx) };
}

const LOADERS: Loaders = {
  FACTURA: (ctx, number) => ({ invoice: invoiceByNumber(ctx, number) }),
  ANULACION_FACTURA: (ctx, number) => {
    const invoice = invoiceByNumber(ctx, number);
    if (!invoice.voided) throw notFound(`La factura ${number} no está anulada: no hay aviso de anulación que imprimir.`);
    return { invoice };
  },
  ACUERDO: (ctx, number) => {
    const agreement = agreementByNumber(ctx, number);
    return { agreement, subscriber: getByCode(ctx, agreement.subscriberCode), party: getPartyRow(ctx, agreement.partyId) };
  },
  PRUEBA: testPageOf,
  CUPON: (ctx, number) => ({ coupon: couponByNumber(ctx, number) }),
  RECIBO: (ctx, number) => ({ receipt: receiptByNumber(ctx, number) }),
  ANULACION_RECIBO: (ctx, number) => {
    const row = prepared(ctx.sqlite, RECEIPT_OF_VOID).get(number) as { receiptId: number } | undefined;
    if (!row) throw notFound(`No existe la anulación de recibo ${number}.`);
    return { receipt: receiptView(ctx, row.receiptId) };
  },
  CORTE_CAJA: (ctx, number) => ({ report: closeReportOf(ctx, number) }),
  ESTADO_CUENTA: (ctx, number) => ({ statement: statementByNumber(ctx, number) }),
  INFORME_DIARIO: dailyReportOf,
  HOJA_RUTA: routeSheetOf,
  ORDEN_TRABAJO: (ctx, number) => ({ order: workOrderByNumber(ctx, number) }),
  RESPUESTA: (ctx, number) => ({ letter: letterByNumber(ctx, number) }),
  EDICTO: (ctx, number) => edictView(ctx, number),
  SOLICITUD_TRAMITE: (ctx, number) => ({ request: pqrByFiling(ctx, number) }),
  DOCUMENTACION_FALTANTE: (ctx, number) => ({ notice: missingNoticeByNumber(ctx, number) }),
  CERTIFICADO_NO_ADEUDO: (ctx, number) => {
    const certificate = noDebtCertificateByNumber(ctx, number);
    // As it was issued, whatever the setting says today.
    return { certificate, validDays: daysBetween(certificate.issuedOn, certificate.validUntil) };
  },
  CONSTANCIA_CAMBIO_NOMBRE: (ctx, number) => ({ constancia: nameChangeConstancia(ctx, number) }),
};

export function recordOf<T extends DocumentType>(ctx: Ctx, type: T, number: string): RecordOf<T> {
  return (LOADERS[type] as (ctx: Ctx, number: string) => RecordOf<T>)(ctx, number);
}
