import { z } from 'zod';
import { LAND_USES, LEDGER_KINDS, SUBSCRIBER_STATUSES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { query } from './define';
import { searchQuery, subscriberCode } from './fields';
import { partyRow } from './parties.contract';

const counter = rolesOf('SUSCRIPTOR', 'RECAUDO', 'PQR');

export const subscriberSummary = z.object({
  id: z.number(),
  code: z.string(),
  ownerName: z.string(),
  ownerDocument: z.string(),
  address: z.string(),
  neighborhood: z.string(),
  routeCode: z.string(),
  zoneName: z.string(),
  status: z.enum(SUBSCRIBER_STATUSES),
});
export type SubscriberSummary = z.infer<typeof subscriberSummary>;

export const movement = z.object({
  id: z.number(),
  entryDate: z.string(),
  kind: z.enum(LEDGER_KINDS),
  concept: z.string(),
  amount: z.number(),
  dueOn: z.string().nullable(),
  balanceAfter: z.number(),
});

export const consumptionPoint = z.object({
  period: z.string(),
  consumptionM3: z.number(),
  estimated: z.boolean(),
  /** Average of the previous periods the rule looks at; null when there is no history. */
  average: z.number().nullable(),
  /** Consumption above which the period counts as *alto consumo*. */
  threshold: z.number().nullable(),
  high: z.boolean(),
});

/** The same meter reading for the last periods in a row: the meter should be inspected. */
export const stuckMeterAlert = z.object({ periods: z.number(), reading: z.number(), since: z.string() });

/** The subscriber as the padrón keeps it: predio, services, meter and titular; no account. */
export const subscriberRecord = subscriberSummary.extend({
  landUse: z.enum(LAND_USES),
  stratum: z.number().nullable(),
  services: z.object({ aqueduct: z.boolean(), sewer: z.boolean(), waste: z.boolean() }),
  meter: z.object({ hasMeter: z.boolean(), serial: z.string(), brand: z.string() }),
  owner: partyRow,
});
export type SubscriberRecord = z.infer<typeof subscriberRecord>;

/** One titular of a subscriber: from when to when, why it changed, the documents presented. */
export const titularPeriod = z.object({
  name: z.string(),
  document: z.string(),
  since: z.string(),
  until: z.string().nullable(),
  reason: z.string(),
  documents: z.array(z.string()),
});

export const subscriberView = subscriberRecord.extend({
  /** Oldest first, with the documents presented at each cambio de titular. */
  ownerHistory: z.array(titularPeriod),
  /** How many predio edits (the matrícula included) and lifecycle moves `padron.history` lists. */
  padronChanges: z.number(),
  balance: z.number(),
  overdue: z.number(),
  movements: z.array(movement),
  /** True when older movements exist beyond those listed. */
  moreMovements: z.boolean(),
  consumption: z.array(consumptionPoint),
  /** *Medidor detenido*: set when the latest readings repeat for `consumption.stuckMeterPeriods` periods. */
  stuckMeter: stuckMeterAlert.nullable(),
});
export type SubscriberView = z.infer<typeof subscriberView>;

export const subscribersContract = {
  /** Código + Enter at the counter. */
  'subscribers.byCode': query(counter, z.strictObject({ code: subscriberCode }), subscriberSummary),
  /** Type-ahead by name, cédula, address or código; accents and case ignored. */
  'subscribers.search': query(
    counter,
    z.strictObject({ q: searchQuery, limit: z.number().int().min(1).max(50).default(20) }),
    z.array(subscriberSummary),
  ),
  'subscribers.view': query(counter, z.strictObject({ code: subscriberCode }), subscriberView),
};
