import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { civilDate, flag, id, instant, money } from './common';
import { APPLICANT_KINDS, CAUSE_OUTCOMES, FIELD_WORKER_KINDS, PQR_ASSIGNERS, PRODUCT_CATEGORIES, SERVICES } from './enums';

/** Medios de recepción: PERSONAL, TELEFÓNICO, ESCRITO, CORREO, WEB. */
export const channels = sqliteTable('channels', {
  id: id(),
  name: text().notNull().unique(),
  active: flag().notNull().default(true),
});

/**
 * The services of the tariff (acueducto, alcantarillado, aseo): the padrón carries one flag
 * each, so the office renames or deactivates them but cannot add one.
 */
export const services = sqliteTable('services', {
  code: text({ enum: SERVICES }).primaryKey(),
  name: text().notNull().unique(),
  active: flag().notNull().default(true),
});

/** Tipos de trámite with their legal response term in business days. */
export const requestTypes = sqliteTable('request_types', {
  id: id(),
  name: text().notNull().unique(),
  responseDays: integer().notNull(),
  /** Silencio administrativo positivo applies when the term passes with no notified response (Ley 142 art. 158). */
  silenceApplies: flag().notNull().default(false),
  /** The request type's code in Superservicios' SUI Formato A. */
  suiCode: integer().notNull().default(5),
  active: flag().notNull().default(true),
});

/** Causales, per service, with their SUI group (F billing / P service) and code. */
export const causes = sqliteTable(
  'causes',
  {
    id: id(),
    service: text({ enum: SERVICES }).notNull(),
    name: text().notNull(),
    suiGroup: text({ enum: ['F', 'P'] }).notNull(),
    suiCode: text().notNull(),
    /** Payment gate: a PAGADA factura with this product (or a current agreement) must exist. */
    gateProductCode: text(),
    /** The visit agenda offers a slot when radicating it. */
    needsAppointment: flag().notNull().default(false),
    /** A response cannot be written before the field report. */
    requiresFieldReport: flag().notNull().default(false),
    /** The field report closes it (no response letter): reconnections. */
    closesWithReport: flag().notNull().default(false),
    /** A done field report returns the subscriber to ACTIVO. */
    restoresService: flag().notNull().default(false),
    assignedBy: text({ enum: PQR_ASSIGNERS }).notNull().default('COORDINADOR_PQR'),
    /** A term of its own in business days, over the type's. */
    termDays: integer(),
    /** A term in hours from filing (the reconnection's 24 hours after the verified payment), over any in days. */
    termHours: integer(),
    /** Radicated only for an account al corriente: nothing overdue (seed 004). */
    requiresAccountCurrent: flag().notNull().default(false),
    /** What radicating it issues at once (a certificado de no adeudo); null: an ordinary trámite. */
    outcome: text({ enum: CAUSE_OUTCOMES }),
    active: flag().notNull().default(true),
  },
  (t) => [uniqueIndex('causes_service_name').on(t.service, t.name)],
);

/**
 * Requisitos por trámite: what the user must bring, per tipo or causal and by who asks
 * (the titular; a tercero with carta poder; a notaría with poder notarial).
 */
export const requirements = sqliteTable(
  'requirements',
  {
    id: id(),
    requestTypeId: integer().references(() => requestTypes.id),
    causeId: integer().references(() => causes.id),
    applicantKind: text({ enum: APPLICANT_KINDS }).notNull(),
    name: text().notNull(),
    required: flag().notNull().default(true),
    active: flag().notNull().default(true),
  },
  (t) => [index('requirements_type').on(t.requestTypeId), index('requirements_cause').on(t.causeId)],
);

export const products = sqliteTable('products', {
  id: id(),
  code: text().notNull().unique(),
  name: text().notNull().unique(),
  category: text({ enum: PRODUCT_CATEGORIES }).notNull(),
  taxable: flag().notNull().default(false),
  active: flag().notNull().default(true),
});

/** Price history: the price of a product on a date is the latest row valid from on or before it. */
export const productPrices = sqliteTable(
  'product_prices',
  {
    id: id(),
    productId: integer()
      .notNull()
      .references(() => products.id),
    price: money().notNull(),
    validFrom: civilDate().notNull(),
    createdAt: instant().notNull(),
  },
  (t) => [index('product_prices_product').on(t.productId, t.validFrom)],
);

/** Contratistas, fontaneros, inspectores, cuadrillas: they receive assignments. */
export const fieldWorkers = sqliteTable('field_workers', {
  id: id(),
  name: text().notNull(),
  documentNumber: text().notNull().unique(),
  kind: text({ enum: FIELD_WORKER_KINDS }).notNull(),
  mobile: text().notNull().default(''),
  active: flag().notNull().default(true),
});
