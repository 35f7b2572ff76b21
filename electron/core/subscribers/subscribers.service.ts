import { asc, desc, eq } from 'drizzle-orm';
import { meterReadings, ownerHistory, parties, subscribers } from '../../../db/schema';
import { markHighConsumption } from '../consumption/high-consumption';
import { stuckMeter } from '../consumption/stuck-meter';
import type { Ctx } from '../context';
import { today } from '../context';
import type { SubscriberRecord, SubscriberSummary, SubscriberView } from '../contract/subscribers.contract';
import { notFound } from '../errors';
import { CHANGES_OF_SUBSCRIBER } from '../padron/history.queries';
import { balanceOf, movementsOf, overdueOf } from '../ledger/ledger.service';
import { fullName, toPartyRow } from '../parties/parties.service';
import { prefixQuery } from '../search/fts';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import { SUMMARY_BY_CODE, SUMMARY_SEARCH } from './subscribers.queries';

const CHART_PERIODS = 12;
const MOVEMENTS_SHOWN = 200;

export function findByCode(ctx: Ctx, code: string): SubscriberSummary | undefined {
  return prepared(ctx.sqlite, SUMMARY_BY_CODE).get(code) as SubscriberSummary | undefined;
}

export function getByCode(ctx: Ctx, code: string): SubscriberSummary {
  const found = findByCode(ctx, code);
  if (!found) throw notFound(`No existe un suscriptor con el código ${code}.`);
  return found;
}

/** Type-ahead: an exact código first, then the best full-text matches. */
export function searchSubscribers(ctx: Ctx, q: string, limit: number): SubscriberSummary[] {
  const match = prefixQuery(q);
  if (!match) return [];
  const exact = /^\d+$/.test(q.trim()) ? findByCode(ctx, q.trim()) : undefined;
  const hits = prepared(ctx.sqlite, SUMMARY_SEARCH).all(match, limit) as SubscriberSummary[];
  if (!exact) return hits;
  return [exact, ...hits.filter((h) => h.id !== exact.id)].slice(0, limit);
}

/** The chart's periods marked for *alto consumo*, and whether the meter looks stuck. */
function consumptionOf(ctx: Ctx, subscriberId: number) {
  const window = getSetting(ctx.db, 'consumption.averagePeriods');
  const stuckPeriods = getSetting(ctx.db, 'consumption.stuckMeterPeriods');
  const readings = ctx.db
    .select({
      period: meterReadings.period,
      reading: meterReadings.reading,
      consumptionM3: meterReadings.consumptionM3,
      estimated: meterReadings.estimated,
    })
    .from(meterReadings)
    .where(eq(meterReadings.subscriberId, subscriberId))
    .orderBy(desc(meterReadings.period))
    .limit(Math.max(CHART_PERIODS + window, stuckPeriods))
    .all()
    .reverse();
  const consumption = markHighConsumption(
    readings.map(({ period, consumptionM3, estimated }) => ({ period, consumptionM3, estimated })),
    window,
  ).slice(-CHART_PERIODS);
  return { consumption, stuckMeter: stuckMeter(readings, stuckPeriods) };
}

/** The padrón's record of a subscriber, with its row for what the callers read next. */
function recordWithRow(ctx: Ctx, code: string) {
  const summary = getByCode(ctx, code);
  const s = ctx.db.select().from(subscribers).where(eq(subscribers.id, summary.id)).get()!;
  const owner = ctx.db.select().from(parties).where(eq(parties.id, s.ownerPartyId)).get()!;
  const record: SubscriberRecord = {
    ...summary,
    landUse: s.landUse,
    stratum: s.stratum,
    services: { aqueduct: s.aqueduct, sewer: s.sewer, waste: s.waste },
    meter: { hasMeter: s.hasMeter, serial: s.meterSerial, brand: s.meterBrand },
    owner: toPartyRow(owner),
  };
  return { record, s };
}

export const subscriberRecord = (ctx: Ctx, code: string): SubscriberRecord => recordWithRow(ctx, code).record;

export function viewSubscriber(ctx: Ctx, code: string): SubscriberView {
  const { record, s } = recordWithRow(ctx, code);
  const history = ctx.db
    .select({
      party: parties,
      since: ownerHistory.since,
      until: ownerHistory.until,
      reason: ownerHistory.reason,
      documents: ownerHistory.documents,
    })
    .from(ownerHistory)
    .innerJoin(parties, eq(parties.id, ownerHistory.partyId))
    .where(eq(ownerHistory.subscriberId, s.id))
    .orderBy(asc(ownerHistory.since))
    .all();
  const changes = prepared(ctx.sqlite, CHANGES_OF_SUBSCRIBER).get(s.code, s.id) as { n: number };
  const { movements, more } = movementsOf(ctx, s.id, MOVEMENTS_SHOWN);
  return {
    ...record,
    ownerHistory: history.map((h) => ({
      name: fullName(h.party),
      document: h.party.documentNumber,
      since: h.since,
      until: h.until,
      reason: h.reason,
      documents: JSON.parse(h.documents) as string[],
    })),
    padronChanges: changes.n,
    balance: balanceOf(ctx, s.id),
    overdue: overdueOf(ctx, s.id, today(ctx)),
    movements,
    moreMovements: more,
    ...consumptionOf(ctx, s.id),
  };
}
