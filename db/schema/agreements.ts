import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { civilDate, id, instant, money } from './common';
import { AGREEMENT_ORIGINS } from './enums';
import { invoices } from './invoices';
import { ledgerEntries } from './ledger';
import { parties } from './parties';
import { subscribers } from './padron';
import { users } from './users';

/**
 * Acuerdo de pago / financiación: a CRÉDITO factura or an existing debt (arreglo de deuda)
 * split into a down payment and installments. The financed part leaves the original charges
 * (FINANCED entries) and comes back as one CHARGE per installment with its due date.
 */
export const paymentAgreements = sqliteTable(
  'payment_agreements',
  {
    id: id(),
    number: text().notNull().unique(),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id),
    partyId: integer()
      .notNull()
      .references(() => parties.id),
    origin: text({ enum: AGREEMENT_ORIGINS }).notNull(),
    invoiceId: integer().references(() => invoices.id),
    /** The debt the agreement covers: down payment + financed. */
    debt: money().notNull(),
    downPayment: money().notNull(),
    financed: money().notNull(),
    installmentCount: integer().notNull(),
    /** Monthly interest in hundredths of a percent (150 = 1.50 % a month), fixed when signed. */
    monthlyRateBp: integer().notNull(),
    firstDueOn: civilDate().notNull(),
    voided: integer({ mode: 'boolean' }).notNull().default(false),
    createdAt: instant().notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    requestKey: text().notNull().unique(),
  },
  (t) => [index('agreements_subscriber').on(t.subscriberId), index('agreements_created').on(t.createdAt)],
);

export const agreementInstallments = sqliteTable(
  'agreement_installments',
  {
    id: id(),
    agreementId: integer()
      .notNull()
      .references(() => paymentAgreements.id),
    n: integer().notNull(),
    dueOn: civilDate().notNull(),
    principal: money().notNull(),
    interest: money().notNull(),
    amount: money().notNull(),
    chargeEntryId: integer()
      .notNull()
      .references(() => ledgerEntries.id),
  },
  (t) => [uniqueIndex('agreement_installments_n').on(t.agreementId, t.n)],
);
