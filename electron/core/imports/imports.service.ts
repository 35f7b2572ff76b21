import type { ImportKind } from '../contract/import-kinds';
import { IMPORT_FIELDS } from '../contract/import-kinds';
import type { ImportBatch, ImportBatchResult } from '../contract/imports.contract';
import { type Ctx, actor, nowIso, today } from '../context';
import { AppError } from '../errors';
import { CellRefusal, Cells } from './cells';
import type { ImportKindRules } from './kinds/kind';
import { cartera } from './kinds/cartera';
import { facturacion } from './kinds/facturacion';
import { lecturas } from './kinds/lecturas';
import { padron } from './kinds/padron';
import { terceros } from './kinds/terceros';

const KINDS: Record<ImportKind, ImportKindRules<unknown>> = {
  TERCEROS: terceros,
  PADRON: padron,
  CARTERA: cartera,
  FACTURACION: facturacion,
  LECTURAS: lecturas,
};

/**
 * One batch of an import file's rows: each row read, checked against the office and (when
 * `write`) written. A refused row is reported with its line, column and reason and changes
 * nothing; the batch is one transaction, so a failure leaves none of it. The dry run is the
 * same walk without writing. The keys of accepted rows go back, so the screen can tell a key
 * repeated in another batch of the same file.
 */
export function runBatch(ctx: Ctx, batch: ImportBatch, write: boolean): ImportBatchResult {
  const rules = KINDS[batch.kind];
  const fields = IMPORT_FIELDS[batch.kind];
  const result: ImportBatchResult = { counts: { NEW: 0, CHANGED: 0, UNCHANGED: 0, REJECTED: 0 }, rejected: [], keys: [] };
  const seen = new Map<string, number>();
  const cells = new Cells(fields);
  const source = { fileName: batch.fileName, today: today(ctx), now: nowIso(ctx), userId: actor(ctx).id };
  for (const row of batch.rows) {
    try {
      const value = rules.read(cells.at(row.values), ctx);
      const key = rules.key(value);
      const first = seen.get(key);
      if (first !== undefined) throw new CellRefusal('', `Repetida: la línea ${first} trae la misma clave (${key})`);
      seen.set(key, row.line);
      const status = rules.classify(ctx, value);
      if (write && status !== 'UNCHANGED') rules.apply(ctx, value, status, source);
      result.counts[status]++;
      result.keys.push({ line: row.line, key, status });
    } catch (error) {
      if (!(error instanceof CellRefusal)) throw error;
      result.counts.REJECTED++;
      result.rejected.push({ line: row.line, field: error.field, reason: error.message });
    }
  }
  if (write) {
    const lines = batch.rows.map((r) => r.line);
    ctx.audit({
      recordType: 'import',
      recordId: batch.kind,
      after: { file: batch.fileName, lines: lines.length ? [Math.min(...lines), Math.max(...lines)] : [], counts: result.counts },
    });
  }
  return result;
}

/** The mapping a kind's file had last time: field key → column header. */
export function checkMapping(kind: ImportKind, mapping: Record<string, string>): void {
  const known = new Set(IMPORT_FIELDS[kind].map((f) => f.key));
  const unknown = Object.keys(mapping).find((k) => !known.has(k));
  if (unknown) throw new AppError('VALIDATION', `Campo desconocido para ${kind}: ${unknown}`);
  const missing = IMPORT_FIELDS[kind].find((f) => f.required && !mapping[f.key]);
  if (missing) throw new AppError('VALIDATION', `${missing.label}: elija la columna del archivo que lo trae`);
}
