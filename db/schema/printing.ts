import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, instant } from './common';
import { PAPER_SIZES } from './enums';
import { users } from './users';

/** ADMINISTRACIÓN → Impresión: each counter's printers and paper. */
export const workstationPrinters = sqliteTable('workstation_printers', {
  workstation: text().primaryKey(),
  documentPrinter: text().notNull().default(''),
  receiptPrinter: text().notNull().default(''),
  paper: text({ enum: PAPER_SIZES }).notNull().default('CARTA'),
  updatedAt: instant().notNull(),
});

/**
 * Every print of a numbered document: who, where, when, which copy (0 = first print,
 * n = REIMPRESIÓN n), the archived PDF and the printer's answer.
 */
export const printLog = sqliteTable(
  'print_log',
  {
    id: id(),
    documentType: text().notNull(),
    documentNumber: text().notNull(),
    reprint: integer().notNull(),
    archivePath: text().notNull(),
    printer: text().notNull(),
    printerError: text(),
    printedAt: instant().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    workstation: text().notNull(),
  },
  (t) => [index('print_log_document').on(t.documentType, t.documentNumber)],
);
