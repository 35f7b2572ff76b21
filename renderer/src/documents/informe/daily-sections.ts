import type { DailyReport } from '../../../../electron/core/contract/reports.contract';
import { PQR_STATUS_LABEL } from '../../../../electron/core/pqr/states';
import { formatDate } from '../../format/format';
import { CASH_SESSION_STATUS_LABELS, TENDER_METHOD_LABELS } from '../../format/labels';

export type { DailyReport };

/**
 * How a cell reads: `money` in the core's minor units; `difference` is money where a negative
 * is a shortage (faltante) and a positive an overage (sobrante); `instant` an ISO timestamp;
 * `time` an ISO timestamp of the report's day, shown as its hour (a spreadsheet gets it whole).
 */
export type CellKind = 'text' | 'count' | 'money' | 'difference' | 'instant' | 'time';
/** null: nothing to show (a session not counted yet has no expected cash). */
export type Cell = string | number | null;

export interface Column {
  header: string;
  kind: CellKind;
  /** Free text typed by someone (a reason, a note): on paper it goes under its row, full width. */
  note?: boolean;
}

export type SectionId =
  | 'payments'
  | 'voids'
  | 'sessions'
  | 'receipts'
  | 'byAsesor'
  | 'totals'
  | 'pqrSummary'
  | 'pqrRadicated'
  | 'pqrOpen'
  | 'pqrOverdue'
  | 'pqrDueSoon'
  | 'pqrVisits'
  | 'pqrWorkOrders';

export interface Section {
  id: SectionId;
  title: string;
  /** Name of its sheet in the XLSX (at most 31 characters). */
  sheet: string;
  columns: Column[];
  rows: Cell[][];
  /** The closing row, labelled in its first cell; null when the section has none. */
  total: Cell[] | null;
  /** What the screen says when there are no rows. */
  empty: string;
}

const text = (header: string): Column => ({ header, kind: 'text' });
const count = (header: string): Column => ({ header, kind: 'count' });
const money = (header: string): Column => ({ header, kind: 'money' });
const note = (header: string): Column => ({ header, kind: 'text', note: true });

export const DIFFERENCE_HEADER = 'Sobrante (+) / faltante (−)';
const OVER_SHORT_LABEL = 'Sobrante (+) / faltante (−) de caja';

export interface TotalLine {
  label: string;
  /** null: the line is not a count of documents (the over/short of the tills). */
  count: number | null;
  /** What the count counts: singular and plural. */
  unit: readonly [string, string];
  amount: number;
  /** The amount is an over/short: negative is a shortage. */
  difference: boolean;
}

/** The day's totals, line by line: the Totales section and the cards on screen. */
export function totalLines(totals: DailyReport['totals']): TotalLine[] {
  const line = (label: string, count: number, unit: readonly [string, string], amount: number): TotalLine => ({
    label,
    count,
    unit,
    amount,
    difference: false,
  });
  return [
    line('Recaudado (sin anulados)', totals.receipts, ['recibo', 'recibos'], totals.collected),
    line('Anulado', totals.voids, ['recibo anulado', 'recibos anulados'], totals.voided),
    { label: OVER_SHORT_LABEL, count: null, unit: ['', ''], amount: totals.overShort, difference: true },
    line('Facturas', totals.facturas, ['factura', 'facturas'], totals.facturasTotal),
    line('Cupones de pago', totals.coupons, ['cupón', 'cupones'], totals.couponsTotal),
    line('Acuerdos de pago (financiado)', totals.agreements, ['acuerdo', 'acuerdos'], totals.agreementsFinanced),
  ];
}

const receiptsText = (n: number) => `${n} ${n === 1 ? 'recibo' : 'recibos'}`;

const sumOf = <T>(rows: readonly T[], pick: (r: T) => number | null) => rows.reduce((t, r) => t + (pick(r) ?? 0), 0);

/**
 * The informe diario as titled tables: one place for the sections, their columns and totals,
 * so the screen, the printed report, the CSV and the XLSX say the same thing.
 */
export function dailySections(report: DailyReport): Section[] {
  const { totals } = report;
  return [
    {
      id: 'totals',
      title: 'Totales',
      sheet: 'Totales',
      columns: [text('Concepto'), count('Cantidad'), money('Valor')],
      rows: totalLines(totals).map((l) => [l.label, l.count, l.amount]),
      total: null,
      empty: '',
    },
    {
      id: 'payments',
      title: 'Pagos por cajero y medio',
      sheet: 'Pagos por cajero y medio',
      columns: [text('Cajero'), text('Medio de pago'), count('Recibos'), money('Valor')],
      rows: report.payments.map((p) => [p.cashier, TENDER_METHOD_LABELS[p.method], p.receipts, p.amount]),
      // A receipt paid with two methods is one receipt: the count is the day's, not a sum.
      total: ['Total recaudado', '', totals.receipts, totals.collected],
      empty: 'No hubo pagos este día.',
    },
    {
      id: 'voids',
      title: 'Anulaciones',
      sheet: 'Anulaciones',
      columns: [
        text('Anulación'),
        text('Recibo'),
        text('Cajero'),
        text('Aprobó'),
        { header: 'Fecha y hora', kind: 'instant' },
        note('Motivo'),
        money('Valor'),
      ],
      rows: report.voids.map((v) => [v.number, v.receiptNumber, v.cashier, v.approvedBy, v.at, v.reason, v.amount]),
      total: ['Total anulado', receiptsText(totals.voids), '', '', '', '', totals.voided],
      empty: 'No hubo anulaciones.',
    },
    {
      id: 'sessions',
      title: 'Cajas',
      sheet: 'Cajas',
      columns: [
        text('Cajero'),
        text('Puesto'),
        text('Estado'),
        money('Base'),
        money('Efectivo esperado'),
        money('Efectivo contado'),
        { header: DIFFERENCE_HEADER, kind: 'difference' },
        text('Corte'),
        note('Observación'),
      ],
      rows: report.sessions.map((s) => [
        s.cashier,
        s.workstation,
        CASH_SESSION_STATUS_LABELS[s.status],
        s.openingFloat,
        s.expectedCash,
        s.countedCash,
        s.difference,
        s.closeNumber ?? '',
        s.note,
      ]),
      total: [
        'Total',
        '',
        '',
        sumOf(report.sessions, (s) => s.openingFloat),
        sumOf(report.sessions, (s) => s.expectedCash),
        sumOf(report.sessions, (s) => s.countedCash),
        totals.overShort,
        '',
        '',
      ],
      empty: 'Ninguna caja se abrió este día.',
    },
    {
      id: 'receipts',
      title: 'Recibos por cajero',
      sheet: 'Recibos por cajero',
      columns: [
        text('Cajero'),
        text('Recibo'),
        { header: 'Hora', kind: 'time' },
        text('Suscriptor'),
        text('Medio de pago'),
        text('Estado'),
        money('Valor'),
      ],
      // Every receipt of the day, voided ones too (the Anulaciones say why), cashier by cashier.
      rows: report.receipts.map((r) => [
        r.cashier,
        r.number,
        r.paidAt,
        r.subscriberCode,
        r.methods.map((m) => TENDER_METHOD_LABELS[m]).join(' + '),
        r.voided ? 'Anulado' : 'Pagado',
        r.amount,
      ]),
      total: ['Total recaudado (sin anulados)', receiptsText(totals.receipts), '', '', '', '', totals.collected],
      empty: 'No hubo recibos este día.',
    },
    {
      id: 'byAsesor',
      title: 'Documentos por asesor',
      sheet: 'Documentos por asesor',
      columns: [
        text('Asesor'),
        count('Facturas'),
        money('Valor facturas'),
        count('Cupones'),
        money('Valor cupones'),
        count('Acuerdos de pago'),
        money('Valor financiado'),
      ],
      rows: report.byAsesor.map((a) => [
        a.asesor,
        a.facturas,
        a.facturasTotal,
        a.coupons,
        a.couponsTotal,
        a.agreements,
        a.agreementsFinanced,
      ]),
      total: [
        'Total',
        totals.facturas,
        totals.facturasTotal,
        totals.coupons,
        totals.couponsTotal,
        totals.agreements,
        totals.agreementsFinanced,
      ],
      empty: 'Ningún asesor generó documentos este día.',
    },
    ...pqrSections(report.pqr),
  ];
}

type DuePqr = DailyReport['pqr']['overdue'][number];

function dueSection(
  id: 'pqrOverdue' | 'pqrDueSoon',
  title: string,
  rows: readonly DuePqr[],
  total: number,
  empty: string,
): Section {
  const shown = rows.length < total ? ` (los primeros ${rows.length} de ${total})` : '';
  return {
    id,
    title: `${title}${shown}`,
    sheet: title,
    columns: [
      text('Radicado'),
      text('Código'),
      text('Causal'),
      text('Estado'),
      text('Vence'),
      count('Días hábiles'),
      text('Alerta'),
    ],
    rows: rows.map((r) => [
      r.filingNumber,
      r.subscriberCode,
      r.cause,
      PQR_STATUS_LABEL[r.status],
      formatDate(r.dueOn),
      r.daysLeft,
      r.silence ? 'Silencio administrativo positivo' : '',
    ]),
    total: null,
    empty,
  };
}

/** The PQR page (SPEC §7): radicated by type, causal and asesor; open by state; terms; field work. */
function pqrSections(pqr: DailyReport['pqr']): Section[] {
  const { totals } = pqr;
  return [
    {
      id: 'pqrSummary',
      title: 'Trámites PQR',
      sheet: 'Trámites PQR',
      columns: [text('Concepto'), count('Trámites')],
      rows: [
        ['Radicados en el día', totals.radicated],
        ['Abiertos', totals.open],
        ['Vencidos', totals.overdue],
        ['Por vencer (próximos días hábiles)', totals.dueSoon],
      ],
      total: null,
      empty: '',
    },
    {
      id: 'pqrRadicated',
      title: 'Trámites radicados por tipo, causal y asesor',
      sheet: 'Radicados',
      columns: [text('Tipo de trámite'), text('Servicio'), text('Causal'), text('Asesor'), count('Trámites')],
      rows: pqr.radicated.map((r) => [r.requestType, r.service, r.cause, r.asesor, r.requests]),
      total: ['Total radicados', '', '', '', totals.radicated],
      empty: 'No se radicaron trámites este día.',
    },
    {
      id: 'pqrOpen',
      title: 'Trámites abiertos por estado',
      sheet: 'Abiertos por estado',
      columns: [text('Estado'), count('Trámites')],
      rows: pqr.openByStatus.map((r) => [PQR_STATUS_LABEL[r.status], r.requests]),
      total: ['Total abiertos', totals.open],
      empty: 'No hay trámites abiertos.',
    },
    dueSection('pqrOverdue', 'Trámites vencidos', pqr.overdue, totals.overdue, 'Ningún trámite vencido.'),
    dueSection(
      'pqrDueSoon',
      'Trámites por vencer',
      pqr.dueSoon,
      totals.dueSoon,
      'Ningún trámite vence en los próximos días hábiles.',
    ),
    {
      id: 'pqrVisits',
      title: `Visitas del ${formatDate(pqr.visitsOn)} por contratista`,
      sheet: 'Visitas del día siguiente',
      columns: [text('Contratista'), count('Visitas')],
      rows: pqr.visits.map((v) => [v.fieldWorker, v.visits]),
      total: ['Total visitas', sumOf(pqr.visits, (v) => v.visits)],
      empty: 'No hay visitas agendadas para ese día.',
    },
    {
      id: 'pqrWorkOrders',
      title: 'Órdenes de trabajo pendientes por contratista',
      sheet: 'Órdenes pendientes',
      columns: [text('Contratista'), count('Órdenes abiertas'), { header: 'La más antigua', kind: 'instant' }],
      rows: pqr.workOrders.map((w) => [w.fieldWorker, w.workOrders, w.oldest]),
      total: ['Total', sumOf(pqr.workOrders, (w) => w.workOrders), ''],
      empty: 'No hay órdenes de trabajo pendientes.',
    },
  ];
}
