import type { PadronRow, PaymentLine, RequestRow } from '../core/contract/exports.contract';
import type { ExportKind } from '../core/contract/export-file.contract';
import { TENDER_METHODS, type TenderMethod } from '../../db/schema/enums';

/**
 * The columns of each export, in order (README: "Exportar"). `kind` says how a file writes the
 * value: money in the currency's units (a number), a civil date or an hour of the office's
 * clock (dates as dates in XLSX, AAAA-MM-DD and HH:MM:SS in CSV), a whole number, or text.
 */
export type ColumnKind = 'text' | 'money' | 'int' | 'date' | 'time';
export type Value = string | number | null;

export interface Column<R> {
  header: string;
  kind: ColumnKind;
  /** Money in the core's minor units; dates YYYY-MM-DD; hours HH:MM:SS. */
  value(row: R): Value;
  /** Width in characters in the XLSX sheet. */
  width: number;
}

const METHOD_LABELS: Record<TenderMethod, string> = {
  EFECTIVO: 'Efectivo',
  TARJETA: 'Tarjeta',
  TRANSFERENCIA: 'Transferencia',
  CONSIGNACION: 'Consignación',
};

const SOURCE_LABELS: Record<string, string> = {
  PERIODIC_BILL: 'Factura de servicios',
  INVOICE: 'Factura',
  INSTALLMENT: 'Cuota de acuerdo de pago',
  AGREEMENT: 'Acuerdo de pago',
  ADJUSTMENT: 'Ajuste',
};

const yesNo = (b: boolean) => (b ? 'SÍ' : 'NO');
/** Receipt-level amounts go on its first line only, so each column adds up to the day. */
const onFirstLine = (r: PaymentLine, amount: number): Value => (r.lineNo === 1 ? amount : null);
const tendered = (r: PaymentLine, method: TenderMethod) =>
  r.tenders.filter((t) => t.method === method).reduce((sum, t) => sum + t.amount, 0);

const col = <R>(header: string, kind: ColumnKind, width: number, value: (row: R) => Value): Column<R> => ({
  header,
  kind,
  width,
  value,
});

export const PAYMENT_COLUMNS: readonly Column<PaymentLine>[] = [
  col('Fecha', 'date', 12, (r) => r.paidOn),
  col('Hora', 'time', 10, (r) => r.paidTime),
  col('Recibo', 'text', 18, (r) => r.receipt),
  col('Estado', 'text', 10, (r) => (r.voided ? 'ANULADO' : 'PAGADO')),
  col('Anulación', 'text', 18, (r) => r.voidNumber),
  col('Código', 'text', 10, (r) => r.subscriberCode),
  col('Cajero', 'text', 28, (r) => r.cashier),
  col('Puesto', 'text', 14, (r) => r.workstation),
  col('Medios de pago', 'text', 24, (r) => [...new Set(r.tenders.map((t) => METHOD_LABELS[t.method]))].join(' + ')),
  ...TENDER_METHODS.map((m) => col<PaymentLine>(METHOD_LABELS[m], 'money', 14, (r) => onFirstLine(r, tendered(r, m)))),
  col('Valor recibo', 'money', 14, (r) => onFirstLine(r, r.receiptAmount)),
  col('Cupón', 'text', 18, (r) => r.coupon),
  col('Línea', 'int', 7, (r) => r.lineNo),
  col('Tipo', 'text', 24, (r) => SOURCE_LABELS[r.sourceType] ?? r.sourceType),
  col('Documento', 'text', 18, (r) => r.document),
  col('Concepto', 'text', 40, (r) => r.concept),
  col('Valor pagado', 'money', 14, (r) => r.amount),
];

export const PADRON_COLUMNS: readonly Column<PadronRow>[] = [
  col('Código', 'text', 10, (r) => r.code),
  col('Ruta', 'text', 10, (r) => r.route),
  col('Zona', 'text', 16, (r) => r.zone),
  col('Dirección', 'text', 32, (r) => r.address),
  col('Barrio', 'text', 20, (r) => r.neighborhood),
  col('Uso', 'text', 12, (r) => r.landUse),
  col('Estrato', 'int', 8, (r) => r.stratum),
  col('Acueducto', 'text', 10, (r) => yesNo(r.aqueduct)),
  col('Alcantarillado', 'text', 10, (r) => yesNo(r.sewer)),
  col('Aseo', 'text', 8, (r) => yesNo(r.waste)),
  col('Estado', 'text', 12, (r) => r.status),
  col('Medidor', 'text', 8, (r) => yesNo(r.hasMeter)),
  col('Serie del medidor', 'text', 16, (r) => r.meterSerial),
  col('Marca del medidor', 'text', 16, (r) => r.meterBrand),
  col('Tipo de documento', 'text', 8, (r) => r.ownerDocumentType),
  col('Documento del titular', 'text', 16, (r) => r.ownerDocumentNumber),
  col('Titular', 'text', 32, (r) => r.ownerName),
  col('Celular', 'text', 14, (r) => r.ownerMobile),
  col('Correo', 'text', 28, (r) => r.ownerEmail),
  col('Fecha de alta', 'date', 12, (r) => r.createdOn),
];

export const REQUEST_COLUMNS: readonly Column<RequestRow>[] = [
  col('Radicado', 'text', 18, (r) => r.filingNumber),
  col('Fecha de radicación', 'date', 12, (r) => r.filedOn),
  col('Hora', 'time', 10, (r) => r.filedTime),
  col('Estado', 'text', 12, (r) => r.status),
  col('Código', 'text', 10, (r) => r.subscriberCode),
  col('Documento del solicitante', 'text', 18, (r) => r.applicantDocument),
  col('Solicitante', 'text', 30, (r) => r.applicantName),
  col('Servicio', 'text', 16, (r) => r.service),
  col('Tipo de trámite', 'text', 22, (r) => r.requestType),
  col('Causal', 'text', 30, (r) => r.cause),
  col('Medio', 'text', 14, (r) => r.channel),
  col('Zona', 'text', 16, (r) => r.zone),
  col('Asesor', 'text', 28, (r) => r.asesor),
  col('Fecha límite', 'date', 12, (r) => r.dueOn),
  col('Fecha de cierre', 'date', 12, (r) => r.closedOn),
  col('Observación', 'text', 50, (r) => r.observation),
];

/** Each kind's columns and sheet name. */
export const EXPORT_LAYOUTS = {
  PAGOS: { sheet: 'Pagos', columns: PAYMENT_COLUMNS },
  PADRON: { sheet: 'Padrón', columns: PADRON_COLUMNS },
  TRAMITES: { sheet: 'Trámites', columns: REQUEST_COLUMNS },
} as const satisfies Record<ExportKind, { sheet: string; columns: readonly Column<never>[] }>;
