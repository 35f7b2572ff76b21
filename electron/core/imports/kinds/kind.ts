import type { Ctx } from '../../context';
import type { Cells } from '../cells';

export type RowStatus = 'NEW' | 'CHANGED' | 'UNCHANGED';

/** What is known of the file being imported, for the audit and the documents it leaves. */
export interface ImportSource {
  fileName: string;
  /** The office's day and the instant of the batch, and who imports: read once per batch. */
  today: string;
  now: string;
  userId: number;
}

/**
 * One kind of import file: how a row is read (cells only), its natural key (the same key twice
 * in a file is a duplicate), how it compares with what the office holds (reading the database,
 * refusing with a CellRefusal what cannot go in) and how it is written. `apply` only runs for
 * NEW and CHANGED rows that `classify` accepted in the same transaction, and never refuses.
 */
export interface ImportKindRules<V> {
  read(cells: Cells, ctx: Ctx): V;
  key(value: V): string;
  classify(ctx: Ctx, value: V): RowStatus;
  apply(ctx: Ctx, value: V, status: Exclude<RowStatus, 'UNCHANGED'>, source: ImportSource): void;
}

export const defineKind = <V>(rules: ImportKindRules<V>): ImportKindRules<unknown> => rules as ImportKindRules<unknown>;
