import { CURRENCY_DECIMALS, type Currency } from '../../../format/format';
import { toDisplay } from '../report-date';
import type { DailyReport } from '../../../documents/informe/daily-sections';

/** Who exported the report and when: printed at the top of the file. */
export interface ExportMeta {
  company: string;
  generatedBy: string;
  /** ISO instant. */
  generatedAt: string;
}

const CURRENCY_NAMES: Record<Currency, string> = { COP: 'COP (peso colombiano)', MXN: 'MXN (peso mexicano)' };

/** The label/value lines above the tables. */
export function headingLines(report: DailyReport, meta: ExportMeta): [string, string][] {
  return [
    ['Informe diario', toDisplay(report.date)],
    ['Empresa', meta.company],
    ['Moneda', CURRENCY_NAMES[report.currency]],
    ['Generado por', meta.generatedBy],
    ['Generado el', spreadsheetInstant(meta.generatedAt)],
  ];
}

/** informe-diario-2026-11-23.csv */
export const exportFileName = (date: string, extension: 'csv' | 'xlsx'): string => `informe-diario-${date}.${extension}`;

/** An amount of the core (minor units) as the number a spreadsheet holds: 1234.5 for MXN 123450. */
export const spreadsheetAmount = (amount: number, currency: Currency): number =>
  CURRENCY_DECIMALS[currency] ? amount / 10 ** CURRENCY_DECIMALS[currency] : amount;

const pad = (n: number) => String(n).padStart(2, '0');
/**
 * "23/11/2026 10:04" in this computer's zone, 24-hour: the form Excel in es-CO reads as a
 * date and time.
 */
export function spreadsheetInstant(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
