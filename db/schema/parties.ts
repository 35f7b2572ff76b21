import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { civilDate, flag, id, instant } from './common';
import { DOCUMENT_TYPES } from './enums';

/** Tercero: a person or company that files requests, owns accounts, signs documents. */
export const parties = sqliteTable(
  'parties',
  {
    id: id(),
    documentType: text({ enum: DOCUMENT_TYPES }).notNull(),
    documentNumber: text().notNull(),
    /** Given names, or the company name for a NIT. */
    names: text().notNull(),
    surnames: text().notNull().default(''),
    mobile: text().notNull().default(''),
    email: text().notNull().default(''),
    address: text().notNull().default(''),
    /** Signed "autorización de notificación por correo electrónico" (Ley 1437 art. 56). */
    emailConsent: flag().notNull().default(false),
    emailConsentDate: civilDate(),
    createdAt: instant().notNull(),
    updatedAt: instant().notNull(),
  },
  (t) => [uniqueIndex('parties_document').on(t.documentType, t.documentNumber)],
);
