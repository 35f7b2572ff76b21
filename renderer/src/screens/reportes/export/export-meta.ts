import { CURRENCY_DECIMALS, formatDate, formatSheetInstant, type Currency } from '../../../format/format';
import type { Column, DailyReport } from '../../../documents/informe/daily-sections';

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
    ['Informe diario', formatDate(report.date)],
    ['Empresa', meta.company],
    ['Moneda', CURRENCY_NAMES[report.currency]],
    ['Generado por', meta.generatedBy],
    ['Generado el', formatSheetInstant(meta.generatedAt)],
  ];
}

/** informe-diario-2026-11-23.csv */
export const exportFileName = (date: string, extension: 'csv' | 'xlsx'): string => `informe-diario-${date}.${extension}`;

/** An amount of the core (minor units) as the number a spreadsheet holds: 1234.5 for MXN 123450. */
export const spreadsheetAmount = (amount: number, currency: Currency): number =>
  CURRENCY_DECIMALS[currency] ? amount / 10 ** CURRENCY_DECIMALS[currency] : amount;

/** A cell holding an instant: a spreadsheet gets its date and hour, whether the screen shows both or the hour. */
export const isInstant = (column: Column): boolean => column.kind === 'instant' || column.kind === 'time';
