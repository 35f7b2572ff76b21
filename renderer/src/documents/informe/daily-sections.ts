import type { DailyReport } from '../../../../electron/core/contract/reports.contract';
import { CASH_SESSION_STATUS_LABELS, TENDER_METHOD_LABELS } from '../../format/labels';
import { counterSections } from './counter-sections';
import { pqrSections } from './pqr-sections';
import { count, money, note, sumOf, text, type Section } from './section';

export type { DailyReport };
export type { Cell, CellKind, Column, Section, SectionId } from './section';

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
    ...counterSections(report.counterRequests),
  ];
}
