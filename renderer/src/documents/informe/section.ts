/** The informe diario as titled tables: what a section, a column and a cell are. */
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
  | 'pqrWorkOrders'
  | 'counterReceived'
  | 'counterApprovals'
  | 'counterInspections'
  | 'counterCertificates';

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

export const text = (header: string): Column => ({ header, kind: 'text' });
export const count = (header: string): Column => ({ header, kind: 'count' });
export const money = (header: string): Column => ({ header, kind: 'money' });
export const note = (header: string): Column => ({ header, kind: 'text', note: true });

export const sumOf = <T>(rows: readonly T[], pick: (r: T) => number | null) => rows.reduce((t, r) => t + (pick(r) ?? 0), 0);
