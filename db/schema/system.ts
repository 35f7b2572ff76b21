import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, instant } from './common';

/** Typed key/value settings; each key's shape is validated by core/settings. */
export const settings = sqliteTable('settings', {
  key: text().primaryKey(),
  value: text().notNull(),
  updatedAt: instant().notNull(),
});

/** Number series (factura, cupón, recibo, radicado…): one row per series and year. */
export const sequences = sqliteTable(
  'sequences',
  {
    series: text().notNull(),
    year: integer().notNull(),
    lastValue: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.series, t.year] })],
);

/** Written by dispatch for every mutation, in the mutation's transaction. */
export const audit = sqliteTable(
  'audit',
  {
    id: id(),
    at: instant().notNull(),
    userId: integer(),
    username: text().notNull(),
    workstation: text().notNull(),
    procedure: text().notNull(),
    recordType: text(),
    recordId: text(),
    before: text(),
    after: text(),
  },
  (t) => [index('audit_record').on(t.recordType, t.recordId), index('audit_at').on(t.at)],
);
