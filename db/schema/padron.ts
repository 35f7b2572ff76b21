import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { civilDate, flag, id, instant, money } from './common';
import { LAND_USES, SUBSCRIBER_STATUSES } from './enums';
import { parties } from './parties';

export const zones = sqliteTable('zones', {
  id: id(),
  name: text().notNull().unique(),
  municipality: text().notNull(),
});

export const routes = sqliteTable('routes', {
  id: id(),
  zoneId: integer()
    .notNull()
    .references(() => zones.id),
  code: text().notNull().unique(),
  name: text().notNull(),
});

/** Suscriptor (padrón). `code` is what people type at the counter. */
export const subscribers = sqliteTable(
  'subscribers',
  {
    id: id(),
    code: text().notNull().unique(),
    routeId: integer()
      .notNull()
      .references(() => routes.id),
    address: text().notNull(),
    neighborhood: text().notNull().default(''),
    landUse: text({ enum: LAND_USES }).notNull(),
    /** 1–6 for residential use, null otherwise. */
    stratum: integer(),
    aqueduct: flag().notNull(),
    sewer: flag().notNull(),
    waste: flag().notNull(),
    status: text({ enum: SUBSCRIBER_STATUSES }).notNull(),
    hasMeter: flag().notNull(),
    meterSerial: text().notNull().default(''),
    meterBrand: text().notNull().default(''),
    ownerPartyId: integer()
      .notNull()
      .references(() => parties.id),
    createdAt: instant().notNull(),
  },
  (t) => [index('subscribers_route').on(t.routeId), index('subscribers_owner').on(t.ownerPartyId)],
);

/** Titulares over time; the current one has `until` null. */
export const ownerHistory = sqliteTable(
  'owner_history',
  {
    id: id(),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id),
    partyId: integer()
      .notNull()
      .references(() => parties.id),
    since: civilDate().notNull(),
    until: civilDate(),
    reason: text().notNull().default(''),
  },
  (t) => [index('owner_history_subscriber').on(t.subscriberId)],
);

/** One reading per subscriber and billing period (YYYY-MM). */
export const meterReadings = sqliteTable(
  'meter_readings',
  {
    id: id(),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id),
    period: text().notNull(),
    readOn: civilDate().notNull(),
    reading: real(),
    consumptionM3: integer().notNull(),
    /** True when the consumption was estimated (no meter, no access). */
    estimated: flag().notNull().default(false),
  },
  (t) => [uniqueIndex('meter_readings_period').on(t.subscriberId, t.period)],
);

/** The monthly bill of the three services; posted to the ledger as one CHARGE. */
export const periodicBills = sqliteTable(
  'periodic_bills',
  {
    id: id(),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id),
    period: text().notNull(),
    number: text().notNull().unique(),
    issuedOn: civilDate().notNull(),
    dueOn: civilDate().notNull(),
    consumptionM3: integer().notNull(),
    aqueduct: money().notNull(),
    sewer: money().notNull(),
    waste: money().notNull(),
    total: money().notNull(),
  },
  (t) => [uniqueIndex('periodic_bills_period').on(t.subscriberId, t.period)],
);
