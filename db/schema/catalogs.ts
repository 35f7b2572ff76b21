import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { civilDate, flag, id, instant, money } from './common';
import { PQR_ASSIGNERS, PRODUCT_CATEGORIES, REQUEST_TYPES, SERVICES } from './enums';

/** Medios de recepción: PERSONAL, TELEFÓNICO, ESCRITO, CORREO, WEB. */
export const channels = sqliteTable('channels', {
  id: id(),
  name: text().notNull().unique(),
  active: flag().notNull().default(true),
});

/** Tipos de trámite with their legal response term in business days. */
export const requestTypes = sqliteTable('request_types', {
  id: id(),
  name: text({ enum: REQUEST_TYPES }).notNull().unique(),
  responseDays: integer().notNull(),
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
    active: flag().notNull().default(true),
  },
  (t) => [uniqueIndex('causes_service_name').on(t.service, t.name)],
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
  kind: text({ enum: ['CONTRATISTA', 'FONTANERO', 'INSPECTOR', 'CUADRILLA'] }).notNull(),
  mobile: text().notNull().default(''),
  active: flag().notNull().default(true),
});
