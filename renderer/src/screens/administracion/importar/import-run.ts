import {
  IMPORT_BATCH_CHARS,
  IMPORT_BATCH_ROWS,
  IMPORT_FIELDS,
  type ImportKind,
} from '../../../../../electron/core/contract/import-kinds';
import type { Result } from '../../../../../electron/core/contract';
import type { ImportBatch, ImportBatchResult } from '../../../../../electron/core/contract/imports.contract';
import { KeySet } from './key-set';
import type { TableFile, TableRow } from './table-file';

export type Counts = ImportBatchResult['counts'];
export interface Rejection {
  line: number;
  /** The file's column header ('' when the row as a whole is refused). */
  column: string;
  reason: string;
}

export interface RunOutcome {
  counts: Counts;
  rejected: Rejection[];
  /** Rows read from the file (the header aside). */
  rows: number;
  /** Stopped by Cancelar: the batches before it are whole, the rest untouched. */
  cancelled: boolean;
  /** The core refused a batch (it changed nothing): why. */
  failure: string | null;
}

export interface RunOptions {
  table: TableFile;
  kind: ImportKind;
  /** field key → column header. */
  mapping: Record<string, string>;
  write: boolean;
  /** The rows the dry run refused: not sent again, and still told in the import's result. */
  refusedBefore?: readonly Rejection[];
  send(batch: ImportBatch, write: boolean): Promise<Result<ImportBatchResult>>;
  onProgress(rows: number, counts: Counts): void;
  signal: AbortSignal;
}

/** The refused rows kept to show and download (the count goes on beyond them). */
export const MAX_KEPT_REJECTIONS = 100_000;

const emptyCounts = (): Counts => ({ NEW: 0, CHANGED: 0, UNCHANGED: 0, REJECTED: 0 });

/** A row's cells under the fields they were mapped to. */
export function valuesOf(row: TableRow, columns: ReadonlyMap<string, number>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [field, index] of columns) values[field] = row.cells[index] ?? '';
  return values;
}

/**
 * The dry run or the import of a whole file: batch after batch through the core, adding up
 * what it answers. A key already seen in an earlier batch is a repeated row, refused here (each
 * batch sees only itself). Cancelar stops between batches; a refused batch stops the run.
 */
export async function runImport(o: RunOptions): Promise<RunOutcome> {
  const outcome: RunOutcome = {
    counts: emptyCounts(),
    rejected: [...(o.refusedBefore ?? [])],
    rows: 0,
    cancelled: false,
    failure: null,
  };
  outcome.counts.REJECTED = outcome.rejected.length;
  const skip = new Set(outcome.rejected.map((r) => r.line));
  const columns = new Map(
    IMPORT_FIELDS[o.kind]
      .filter((f) => o.mapping[f.key] !== undefined && o.mapping[f.key] !== '')
      .map((f) => [f.key, o.table.headers.indexOf(o.mapping[f.key]!)] as const)
      .filter(([, index]) => index >= 0),
  );
  const seen = new KeySet();
  for await (const rows of o.table.batches(IMPORT_BATCH_ROWS)) {
    if (o.signal.aborted) {
      outcome.cancelled = true;
      break;
    }
    outcome.rows += rows.length;
    for (const part of bySize(rows.filter((r) => !skip.has(r.line)))) {
      const batch = {
        kind: o.kind,
        fileName: o.table.name,
        rows: part.map((r) => ({ line: r.line, values: valuesOf(r, columns) })),
      };
      const answer = await o.send(batch, o.write);
      if (!answer.ok) {
        outcome.failure = answer.error.message;
        return outcome;
      }
      add(outcome, answer.data, seen, o.mapping);
    }
    o.onProgress(outcome.rows, outcome.counts);
  }
  return outcome;
}

/** The rows cut into calls that stay well under what one call may carry. */
function* bySize(rows: readonly TableRow[]): Generator<TableRow[]> {
  let part: TableRow[] = [];
  let chars = 0;
  for (const row of rows) {
    const size = row.cells.reduce((n, c) => n + c.length + 8, 40);
    if (part.length > 0 && chars + size > IMPORT_BATCH_CHARS) {
      yield part;
      part = [];
      chars = 0;
    }
    part.push(row);
    chars += size;
  }
  if (part.length > 0) yield part;
}

function add(outcome: RunOutcome, answer: ImportBatchResult, seen: KeySet, mapping: Record<string, string>): void {
  for (const k of Object.keys(answer.counts) as (keyof Counts)[]) outcome.counts[k] += answer.counts[k];
  for (const r of answer.rejected)
    keep(outcome, { line: r.line, column: r.field ? (mapping[r.field] ?? r.field) : '', reason: r.reason });
  for (const { line, key, status } of answer.keys) {
    const first = seen.firstLine(key, line);
    if (first === undefined) continue;
    outcome.counts[status]--;
    outcome.counts.REJECTED++;
    keep(outcome, { line, column: '', reason: `Repetida: la línea ${first} trae la misma clave (${key})` });
  }
}

/** A refused row, while there is room: a file refused by the hundred thousand is the wrong file. */
function keep(outcome: RunOutcome, rejection: Rejection): void {
  if (outcome.rejected.length < MAX_KEPT_REJECTIONS) outcome.rejected.push(rejection);
}

/** The rejected rows as the CSV the administrator downloads to fix the file. */
export function rejectedCsv(rejected: readonly Rejection[]): string {
  const cell = (s: string) =>
    /[";\n\r]/.test(s) || /^[=+\-@\t\r]/.test(s) ? `"${(/^[=+\-@]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"` : s;
  const lines = [...rejected]
    .sort((a, b) => a.line - b.line)
    .map((r) => [String(r.line), cell(r.column), cell(r.reason)].join(';'));
  return `\uFEFFLínea;Columna;Motivo\r\n${lines.join('\r\n')}\r\n`;
}
