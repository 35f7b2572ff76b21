import { addMonths, dayOf, periodOf } from '../../electron/core/calendar/civil';
import { nitCheckDigit } from '../../electron/core/parties/documents';
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../open';
import type { LandUse, SubscriberStatus } from '../schema/enums';
import {
  BANKS,
  COMPANY_NAMES,
  FEMALE_NAMES,
  MALE_NAMES,
  METER_BRANDS,
  FEMALE_SECOND_NAMES,
  MALE_SECOND_NAMES,
  STREET_TYPES,
  SURNAMES,
  ZONES,
} from './names';
import { Random } from './random';
import { tariffFor } from './tariff';

export interface DemoOptions {
  subscribers: number;
  /** Months of periodic bills, payments and readings before `today`. */
  months: number;
  /** The office's civil date: the history ends the month before. */
  today: string;
  seed?: number;
}

export const DEMO_DEFAULTS = {
  subscribers: 5000,
  months: 24,
  /** About two trámites a business day over the last four months. */
  pqrRequests: 160,
  seed: 142,
} as const;

type Payer = 'PUNTUAL' | 'TARDE' | 'MOROSO';

/**
 * Builds a demo office that looks real: the padrón with its titulares, meters and estratos,
 * and `months` of readings, periodic bills, bank payments and their ledger entries.
 * Deterministic for a given seed and date. Runs in one transaction on prepared statements.
 */
export function seedDemo(sqlite: Sqlite, options: DemoOptions): void {
  const rnd = new Random(options.seed ?? DEMO_DEFAULTS.seed);
  const now = `${options.today}T12:00:00.000Z`;
  const firstPeriod = addMonths(periodOf(options.today), -options.months);
  const st = statements(sqlite);
  const periods = Array.from({ length: options.months + 3 }, (_, m) => addMonths(firstPeriod, m));

  const routeIds = ZONES.map((zone, z) => {
    const zoneId = insertId(st.zone, zone.name, zone.municipality);
    const count = Math.max(2, Math.round(zone.share * 12));
    return Array.from({ length: count }, (_, r) => {
      const code = `${String(z + 1).padStart(2, '0')}-${String(r + 1).padStart(3, '0')}`;
      return insertId(st.route, zoneId, code, `${zone.name} RUTA ${r + 1}`);
    });
  });
  const usedDocuments = new Set<string>();

  const workers = ['CONTRATISTA', 'CONTRATISTA', 'FONTANERO', 'INSPECTOR', 'CUADRILLA', 'CONTRATISTA'] as const;
  workers.forEach((kind) => st.worker.run(personName(rnd).full, document(rnd, usedDocuments), kind, mobile(rnd)));

  for (let n = 0; n < options.subscribers; n++) {
    const zoneIndex = rnd.weighted(ZONES.map((z, i) => [i, z.share] as const));
    const zone = ZONES[zoneIndex]!;
    const landUse: LandUse = rnd.weighted([
      ['RESIDENCIAL', 86],
      ['COMERCIAL', 11],
      ['INDUSTRIAL', 1],
      ['OFICIAL', 2],
    ]);
    const company = landUse !== 'RESIDENCIAL' && rnd.chance(0.6);
    const owner = company ? companyParty(rnd, usedDocuments) : personParty(rnd, usedDocuments);
    const ownerId = insertId(
      st.party,
      owner.type,
      owner.document,
      owner.names,
      owner.surnames,
      owner.mobile,
      owner.email,
      owner.address,
      now,
      now,
    );
    const neighborhood = rnd.pick(zone.neighborhoods);
    const address = `${rnd.pick(STREET_TYPES)} ${rnd.int(1, 45)} # ${rnd.int(1, 40)}-${rnd.int(2, 98)}`;
    const hasMeter = rnd.chance(0.9);
    const payer: Payer = rnd.weighted([
      ['PUNTUAL', 82],
      ['TARDE', 12],
      ['MOROSO', 6],
    ]);
    const stratum =
      landUse === 'RESIDENCIAL'
        ? rnd.weighted([
            [1, 30],
            [2, 35],
            [3, 22],
            [4, 8],
            [5, 3],
            [6, 2],
          ])
        : null;
    const code = String(100001 + n);
    const since = dayOf(addMonths(firstPeriod, -rnd.int(1, 120)), rnd.int(1, 28));
    const subscriberId = insertId(
      st.subscriber,
      code,
      rnd.pick(routeIds[zoneIndex]!),
      address,
      neighborhood,
      landUse,
      stratum,
      1,
      rnd.chance(0.95) ? 1 : 0,
      rnd.chance(0.97) ? 1 : 0,
      'ACTIVO',
      hasMeter ? 1 : 0,
      hasMeter ? `${rnd.pick(METER_BRANDS).slice(0, 2).toUpperCase()}${rnd.int(1_000_000, 9_999_999)}` : '',
      hasMeter ? rnd.pick(METER_BRANDS) : '',
      ownerId,
      `${since}T12:00:00.000Z`,
    );
    if (rnd.chance(0.06)) {
      const previous = personParty(rnd, usedDocuments);
      const prevId = insertId(
        st.party,
        previous.type,
        previous.document,
        previous.names,
        previous.surnames,
        previous.mobile,
        previous.email,
        previous.address,
        now,
        now,
      );
      const changed = dayOf(addMonths(firstPeriod, rnd.int(0, options.months - 1)), rnd.int(1, 28));
      st.owner.run(subscriberId, prevId, since, changed, '');
      st.owner.run(subscriberId, ownerId, changed, null, 'Cambio de nombre por compraventa');
    } else {
      st.owner.run(subscriberId, ownerId, since, null, '');
    }

    const status = history(st, rnd, {
      subscriberId,
      code,
      landUse,
      stratum,
      hasMeter,
      payer,
      periods,
      months: options.months,
      today: options.today,
      now,
    });
    if (status !== 'ACTIVO') st.status.run(status, subscriberId);
  }
}

interface HistoryInput {
  subscriberId: number;
  code: string;
  landUse: LandUse;
  stratum: number | null;
  hasMeter: boolean;
  payer: Payer;
  /** `months + 3` consecutive periods from the first, computed once for every subscriber. */
  periods: readonly string[];
  months: number;
  today: string;
  now: string;
}

/** Day 1–28 of a period: always valid, so no calendar arithmetic in the hot loop. */
const on = (period: string, day: number) => `${period}-${day < 10 ? '0' : ''}${day}`;

/** Readings, bills and payments of one subscriber; returns the estado it ends in. */
function history(st: Statements, rnd: Random, h: HistoryInput): SubscriberStatus {
  const base = h.landUse === 'RESIDENCIAL' ? rnd.int(8, 30) : rnd.int(20, 90);
  let reading = rnd.int(100, 4000);
  const stopsPayingAt = h.payer === 'MOROSO' ? rnd.int(Math.max(0, h.months - 12), h.months - 2) : h.months;
  let unpaid = 0;
  for (let m = 0; m < h.months; m++) {
    const period = h.periods[m]!;
    const next = h.periods[m + 1]!;
    const spike = rnd.chance(0.03) ? 2 + rnd.next() : 1;
    const consumption = Math.max(0, Math.round(base * (0.8 + rnd.next() * 0.4) * spike));
    reading += consumption;
    const readOn = on(period, 25);
    st.reading.run(h.subscriberId, period, readOn, h.hasMeter ? reading : null, consumption, h.hasMeter ? 0 : 1);

    const t = tariffFor(h.landUse, h.stratum, consumption);
    const total = t.aqueduct + t.sewer + t.waste;
    const issuedOn = on(next, 5);
    const dueOn = on(next, 20);
    const billId = insertId(
      st.bill,
      h.subscriberId,
      period,
      `${period.replace('-', '')}${h.code}`,
      issuedOn,
      dueOn,
      consumption,
      t.aqueduct,
      t.sewer,
      t.waste,
      total,
    );
    const chargeId = insertId(
      st.entry,
      h.subscriberId,
      issuedOn,
      `${issuedOn}T12:00:00.000Z`,
      'CHARGE',
      total,
      `Factura de servicios ${period}`,
      'PERIODIC_BILL',
      billId,
      dueOn,
      null,
    );

    if (m >= stopsPayingAt) {
      unpaid++;
      continue;
    }
    const lateMonths = h.payer === 'TARDE' && rnd.chance(0.5) ? rnd.int(1, 2) : 0;
    const paidOn = lateMonths ? on(h.periods[m + 1 + lateMonths]!, rnd.int(1, 28)) : on(next, 5 + rnd.int(1, 14));
    if (paidOn >= h.today) {
      unpaid++;
      continue;
    }
    const paidAt = `${paidOn}T${String(rnd.int(13, 22)).padStart(2, '0')}:${String(rnd.int(0, 59)).padStart(2, '0')}:00.000Z`;
    const paymentId = insertId(st.payment, h.subscriberId, paidOn, paidAt, total, 'BANCO', rnd.pick(BANKS));
    st.entry.run(
      h.subscriberId,
      paidOn,
      paidAt,
      'PAYMENT',
      -total,
      `Pago ${rnd.pick(BANKS)}`,
      'PAYMENT',
      paymentId,
      null,
      chargeId,
    );
  }
  if (unpaid >= 3) return 'CORTADO';
  if (unpaid === 2) return 'SUSPENDIDO';
  return 'ACTIVO';
}

const insertId = (statement: Statement, ...params: unknown[]) => Number(statement.run(...params).lastInsertRowid);

function statements(sqlite: Sqlite) {
  return {
    zone: sqlite.prepare('INSERT INTO zones (name, municipality) VALUES (?, ?)'),
    route: sqlite.prepare('INSERT INTO routes (zone_id, code, name) VALUES (?, ?, ?)'),
    worker: sqlite.prepare('INSERT INTO field_workers (name, document_number, kind, mobile) VALUES (?, ?, ?, ?)'),
    party: sqlite.prepare(
      `INSERT INTO parties (document_type, document_number, names, surnames, mobile, email, address, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    subscriber: sqlite.prepare(
      `INSERT INTO subscribers (code, route_id, address, neighborhood, land_use, stratum, aqueduct, sewer, waste, status,
        has_meter, meter_serial, meter_brand, owner_party_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    status: sqlite.prepare('UPDATE subscribers SET status = ? WHERE id = ?'),
    owner: sqlite.prepare('INSERT INTO owner_history (subscriber_id, party_id, since, until, reason) VALUES (?, ?, ?, ?, ?)'),
    reading: sqlite.prepare(
      'INSERT INTO meter_readings (subscriber_id, period, read_on, reading, consumption_m_3, estimated) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    bill: sqlite.prepare(
      `INSERT INTO periodic_bills (subscriber_id, period, number, issued_on, due_on, consumption_m_3, aqueduct, sewer, waste, total)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    entry: sqlite.prepare(
      `INSERT INTO ledger_entries (subscriber_id, entry_date, posted_at, kind, amount, concept, source_type, source_id, due_on, applies_to_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    payment: sqlite.prepare(
      'INSERT INTO payments (subscriber_id, paid_on, paid_at, amount, channel, reference) VALUES (?, ?, ?, ?, ?, ?)',
    ),
  };
}
type Statements = ReturnType<typeof statements>;

function personName(rnd: Random) {
  const female = rnd.chance(0.5);
  const first = rnd.pick(female ? FEMALE_NAMES : MALE_NAMES);
  const second = rnd.pick(female ? FEMALE_SECOND_NAMES : MALE_SECOND_NAMES);
  const names = rnd.chance(0.4) && !first.includes(' ') && first !== second ? `${first} ${second}` : first;
  const surnames = `${rnd.pick(SURNAMES)} ${rnd.pick(SURNAMES)}`;
  return { names, surnames, full: `${names} ${surnames}` };
}

function document(rnd: Random, used: Set<string>): string {
  for (;;) {
    const d = String(rnd.chance(0.6) ? rnd.int(1_000_000_000, 1_118_000_000) : rnd.int(10_000_000, 99_999_999));
    if (!used.has(d)) {
      used.add(d);
      return d;
    }
  }
}

const mobile = (rnd: Random) => `3${rnd.int(0, 2)}${rnd.int(0, 9)}${rnd.int(1_000_000, 9_999_999)}`;

function personParty(rnd: Random, used: Set<string>) {
  const { names, surnames } = personName(rnd);
  const email = rnd.chance(0.3)
    ? `${names.split(' ')[0]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}.${surnames.split(' ')[0]!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()}${rnd.int(1, 99)}@correo.com`
    : '';
  return {
    type: 'CC',
    document: document(rnd, used),
    names,
    surnames,
    mobile: rnd.chance(0.85) ? mobile(rnd) : '',
    email,
    address: '',
  };
}

function companyParty(rnd: Random, used: Set<string>) {
  let base: string;
  do base = String(rnd.int(800_000_000, 901_999_999));
  while (used.has(base));
  used.add(base);
  return {
    type: 'NIT',
    document: `${base}-${nitCheckDigit(base)}`,
    names: `${rnd.pick(COMPANY_NAMES).toUpperCase()} ${rnd.pick(['S.A.S.', 'LTDA.', 'E.U.'])}`,
    surnames: '',
    mobile: mobile(rnd),
    email: '',
    address: '',
  };
}
