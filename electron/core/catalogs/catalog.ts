import type { Ctx } from '../context';
import { AppError, invalidField, notFound } from '../errors';
import { prepared } from '../statements';

/**
 * ADMINISTRACIÓN → Catálogos: one mechanism for every list the office keeps (zonas, rutas,
 * medios, servicios, tipos de trámite, causales, personal de terreno, requisitos). Each
 * catalog declares its table, how its fields map to columns, what must be unique, what its
 * references must be, and what keeps an entry from being deactivated. Entries are never
 * deleted (triggers); every change is audited with before and after, which is also each
 * entry's history of names.
 */
/** What every row is: its fields, its key and whether it is in use. */
export type CatalogRow<Fields> = Fields & { id: number | string; active: boolean };

export interface CatalogDef<Fields extends object, Row extends CatalogRow<Fields>> {
  table: string;
  /** The audit trail's record type, e.g. 'zone'. */
  recordType: string;
  /** How a message names one entry: "la zona FLORENCIA". */
  name(row: Row): string;
  /** Field of the input → column of the table. */
  columns: { [K in keyof Fields]: string };
  /** SELECT … FROM the table aliased t, columns aliased to the row's keys; key column is t.id. */
  select: string;
  toRow(raw: Record<string, unknown>): Row;
  /** Text columns the list's search looks in. */
  search: readonly string[];
  /** How the list is sorted (after active entries first). */
  order: string;
  /** The key column, t.id unless said otherwise. */
  key?: string;
  /** Checks across fields and references (a ruta's zona exists and is active…); throw a field error. */
  check?(ctx: Ctx, fields: Fields, id: number | string | undefined): void;
  /** Fields that must be unique, with the field error to give. */
  unique?: readonly { columns: readonly (keyof Fields)[]; field: keyof Fields; message(fields: Fields): string }[];
  /** Why the entry cannot be deactivated now (open records use it), or null. */
  inUse?(ctx: Ctx, id: number | string): string | null;
}

const keyOf = (def: { key?: string }) => def.key ?? 't.id';

function load<Fields extends object, Row extends CatalogRow<Fields>>(
  ctx: Ctx,
  def: CatalogDef<Fields, Row>,
  id: number | string,
): Row {
  const raw = prepared(ctx.sqlite, `${def.select} WHERE ${keyOf(def)} = ?`).get(id) as Record<string, unknown> | undefined;
  if (!raw) throw notFound('El registro del catálogo no existe.');
  return def.toRow(raw);
}

/** The list, active entries first, with an optional search (accents and case ignored). */
export function listCatalog<Fields extends object, Row extends CatalogRow<Fields>>(
  ctx: Ctx,
  def: CatalogDef<Fields, Row>,
  input: { includeInactive?: boolean; q?: string },
): Row[] {
  const where: string[] = [];
  const args: unknown[] = [];
  if (!input.includeInactive) where.push('t.active = 1');
  const q = input.q?.trim();
  if (q) {
    where.push(`(${def.search.map((c) => `unaccent(${c}) LIKE unaccent(?) ESCAPE '\\'`).join(' OR ')})`);
    const like = `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    args.push(...def.search.map(() => like));
  }
  const sql = `${def.select}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY t.active DESC, ${def.order}`;
  return (prepared(ctx.sqlite, sql).all(...args) as Record<string, unknown>[]).map(def.toRow);
}

function assertUnique<Fields extends object>(
  ctx: Ctx,
  def: Pick<CatalogDef<Fields, CatalogRow<Fields>>, 'unique' | 'columns' | 'table' | 'key'>,
  fields: Fields,
  id: number | string | undefined,
): void {
  for (const rule of def.unique ?? []) {
    // IS, not =: two entries with no tipo (NULL) and the same name are the same entry.
    const conditions = rule.columns.map((f) => `${def.columns[f]} IS ?`).join(' AND ');
    const values = rule.columns.map((f) => fields[f]);
    const twin = prepared(ctx.sqlite, `SELECT 1 FROM ${def.table} t WHERE ${conditions} AND ${keyOf(def)} IS NOT ?`).get(
      ...values,
      id ?? null,
    );
    if (twin) throw invalidField(String(rule.field), rule.message(fields));
  }
}

const sqlValue = (v: unknown) => (typeof v === 'boolean' ? (v ? 1 : 0) : (v ?? null));

export function createCatalogEntry<Fields extends object, Row extends CatalogRow<Fields>>(
  ctx: Ctx,
  def: CatalogDef<Fields, Row>,
  fields: Fields,
): Row {
  def.check?.(ctx, fields, undefined);
  assertUnique(ctx, def, fields, undefined);
  const names = Object.keys(def.columns) as (keyof Fields)[];
  const row = prepared(
    ctx.sqlite,
    `INSERT INTO ${def.table} (${names.map((n) => def.columns[n]).join(', ')}) VALUES (${names.map(() => '?').join(', ')}) RETURNING ${(def.key ?? 'id').replace(/^t\./, '')} AS id`,
  ).get(...names.map((n) => sqlValue(fields[n]))) as { id: number | string };
  const created = load(ctx, def, row.id);
  ctx.audit({ recordType: def.recordType, recordId: created.id, after: created });
  return created;
}

export function updateCatalogEntry<Fields extends object, Row extends CatalogRow<Fields>>(
  ctx: Ctx,
  def: CatalogDef<Fields, Row>,
  id: number | string,
  fields: Fields,
): Row {
  const before = load(ctx, def, id);
  def.check?.(ctx, fields, id);
  assertUnique(ctx, def, fields, id);
  const names = Object.keys(def.columns) as (keyof Fields)[];
  prepared(
    ctx.sqlite,
    `UPDATE ${def.table} SET ${names.map((n) => `${def.columns[n]} = ?`).join(', ')} WHERE ${(def.key ?? 'id').replace(/^t\./, '')} = ?`,
  ).run(...names.map((n) => sqlValue(fields[n])), id);
  const after = load(ctx, def, id);
  ctx.audit({ recordType: def.recordType, recordId: id, before, after });
  return after;
}

/** Deactivated, never deleted; refused while open records use the entry. */
export function setCatalogActive<Fields extends object, Row extends CatalogRow<Fields>>(
  ctx: Ctx,
  def: CatalogDef<Fields, Row>,
  id: number | string,
  active: boolean,
): Row {
  const before = load(ctx, def, id);
  if (before.active === active) return before;
  if (!active) {
    const why = def.inUse?.(ctx, id);
    if (why) throw new AppError('RULE', `No se puede desactivar ${def.name(before)}: ${why}.`);
  } else {
    def.check?.(ctx, before, id);
  }
  prepared(ctx.sqlite, `UPDATE ${def.table} SET active = ? WHERE ${(def.key ?? 'id').replace(/^t\./, '')} = ?`).run(
    active ? 1 : 0,
    id,
  );
  const after = load(ctx, def, id);
  ctx.audit({ recordType: def.recordType, recordId: id, before, after });
  return after;
}

/** How many rows a query counts: for the inUse rules. */
export const countOf = (ctx: Ctx, sql: string, ...args: unknown[]): number =>
  (prepared(ctx.sqlite, sql).get(...args) as { n: number }).n;
