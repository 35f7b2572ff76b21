import type { Sqlite } from '../db/open';
import { Random } from '../db/seed/random';
import { addBusinessDays } from '../electron/core/calendar/business-days';
import { addDays, weekday } from '../electron/core/calendar/civil';

export interface PqrHistory {
  requests: number;
  open: number;
  buildMs: number;
}

/**
 * A year of trámites behind the office, written in SQL as the app would have left them: older
 * ones mostly CERRADO, recent ones spread over the open states; due dates in business days;
 * visits booked for the open visit causales and open work orders for the assigned ones.
 */
export function addPqrHistory(sqlite: Sqlite, options: { today: string; count: number; days: number }): PqrHistory {
  const start = performance.now();
  const random = new Random(5151);
  const holidays = new Set((sqlite.prepare('SELECT date FROM holidays').all() as { date: string }[]).map((h) => h.date));
  const ids = (sql: string) => (sqlite.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  const subscribers = sqlite.prepare('SELECT id, owner_party_id AS party FROM subscribers').all() as {
    id: number;
    party: number;
  }[];
  const causes = sqlite
    .prepare('SELECT id, service, needs_appointment AS visit FROM causes WHERE gate_product_code IS NULL')
    .all() as {
    id: number;
    service: string;
    visit: number;
  }[];
  const types = sqlite.prepare('SELECT id, response_days AS days FROM request_types').all() as { id: number; days: number }[];
  const asesores = ids(`SELECT id FROM users WHERE role = 'ASESOR'`);
  const coordinator = ids(`SELECT id FROM users WHERE role = 'COORDINADOR_PQR'`)[0]!;
  const workers = ids('SELECT id FROM field_workers');
  const zone = ids('SELECT id FROM zones')[0]!;
  const channel = ids('SELECT id FROM channels')[0]!;
  const days = Array.from({ length: options.days }, (_, i) => addDays(options.today, i - options.days + 1)).filter(
    (d) => weekday(d) !== 0 && weekday(d) !== 6 && !holidays.has(d),
  );
  const insert = sqlite.prepare(
    `INSERT INTO pqr_requests (filing_number, filed_at, filed_on, zone_id, channel_id, subscriber_id, party_id, service, request_type_id,
       cause_id, observation, status, term_days, due_on, created_by, request_key, closed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'Solicitud del usuario', ?, ?, ?, ?, ?, ?)`,
  );
  const event = sqlite.prepare(
    `INSERT INTO pqr_events (request_id, at, user_id, from_status, to_status, note) VALUES (?, ?, ?, NULL, 'RADICADO', '')`,
  );
  const visit = sqlite.prepare(
    `INSERT INTO visit_appointments (request_id, visit_on, time_window, status, asesor_id, created_at) VALUES (?, ?, '08:00-10:00', 'ACTIVA', ?, ?)`,
  );
  const order = sqlite.prepare(
    `INSERT INTO work_orders (number, request_id, field_worker_id, status, assigned_at, assigned_by) VALUES (?, ?, ?, 'ABIERTA', ?, ?)`,
  );
  const seq = new Map<string, number>();
  const next = (series: string, year: string) => {
    const key = `${series}|${year}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    return `${series === 'RADICADO' ? 'RAD' : 'OT'}-${year}-${String(n).padStart(6, '0')}`;
  };
  let open = 0;
  sqlite.transaction(() => {
    for (let i = 0; i < options.count; i++) {
      const filedOn = days[Math.floor((i * days.length) / options.count)]!;
      const at = `${filedOn}T${String(13 + (i % 9)).padStart(2, '0')}:00:00.000Z`;
      const s = random.pick(subscribers);
      const cause = random.pick(causes);
      const type = random.pick(types);
      const dueOn = addBusinessDays(filedOn, type.days, holidays);
      const age = days.length - days.indexOf(filedOn);
      const closed = age > 25 ? random.chance(0.97) : age > 10 ? random.chance(0.6) : random.chance(0.1);
      const status = closed
        ? 'CERRADO'
        : random.pick(['RADICADO', 'RADICADO', 'ASIGNADO', 'INFORME', 'RESPONDIDO', 'EN_ESPERA'] as const);
      if (!closed) open++;
      const filing = next('RADICADO', filedOn.slice(0, 4));
      const id = Number(
        insert.run(
          filing,
          at,
          filedOn,
          zone,
          channel,
          s.id,
          s.party,
          cause.service,
          type.id,
          cause.id,
          status,
          type.days,
          dueOn,
          random.pick(asesores),
          `bench-pqr-${i}`,
          closed ? at : null,
        ).lastInsertRowid,
      );
      event.run(id, at, random.pick(asesores));
      if (!closed && cause.visit) visit.run(id, addBusinessDays(options.today, 1 + (i % 5), holidays), random.pick(asesores), at);
      if (status === 'ASIGNADO') order.run(next('ORDEN_TRABAJO', filedOn.slice(0, 4)), id, random.pick(workers), at, coordinator);
    }
    const sequence = sqlite.prepare(
      `INSERT INTO sequences (series, year, last_value) VALUES (?, ?, ?) ON CONFLICT (series, year) DO UPDATE SET last_value = excluded.last_value`,
    );
    for (const [key, n] of seq) {
      const [series, year] = key.split('|');
      sequence.run(series, Number(year), n);
    }
  })();
  sqlite.pragma('optimize');
  return { requests: options.count, open, buildMs: performance.now() - start };
}
