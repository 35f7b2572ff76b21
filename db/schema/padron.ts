import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { civilDate, flag, id, instant, money } from './common';
import { LAND_USES, SUBSCRIBER_STATUSES } from './enums';
import { parties } from './parties';
import { users } from './users';

export const zones = sqliteTable('zones', {
  id: id(),
  name: text().notNull().unique(),
  municipality: text().notNull(),
  active: flag().notNull().default(true),
});

export const routes = sqliteTable('routes', {
  id: id(),
  zoneId: integer()
    .notNull()
    .references(() => zones.id),
  code: text().notNull().unique(),
  name: text().notNull(),
  active: flag().notNull().default(true),
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
    /** The matrícula's request key (alta on the screen); null for the demo's and imported ones. */
    requestKey: text().unique(),
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
    /** The documents presented for the change (JSON list: escrituras, compraventa…). */
    documents: text().notNull().default('[]'),
    recordedAt: instant(),
    recordedBy: integer().references(() => users.id),
  },
  (t) => [index('owner_history_subscriber').on(t.subscriberId)],
);

/**
 * The padrón lifecycle: every move between ACTIVO, SUSPENDIDO, CORTADO and CANCELADO with the
 * date it takes effect, the reason and the document that ordered it.
 */
export const subscriberStatusChanges = sqliteTable(
  'subscriber_status_changes',
  {
    id: id(),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id),
    fromStatus: text({ enum: SUBSCRIBER_STATUSES }).notNull(),
    toStatus: text({ enum: SUBSCRIBER_STATUSES }).notNull(),
    effectiveOn: civilDate().notNull(),
    reason: text().notNull(),
    /** What ordered it: a work order, a resolution, a field report… */
    document: text().notNull(),
    at: instant().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('subscriber_status_changes_subscriber').on(t.subscriberId, t.id)],
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
