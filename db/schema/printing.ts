import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
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
    /** The printer's answer, written once when it came (null until then, and while it printed fine). */
    printerError: text(),
    printerAnsweredAt: instant(),
    printedAt: instant().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    workstation: text().notNull(),
  },
  (t) => [uniqueIndex('print_log_copy').on(t.documentType, t.documentNumber, t.reprint)],
);
