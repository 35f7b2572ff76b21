import { addBusinessDays, isBusinessDay } from '../../electron/core/calendar/business-days';
import { addDays } from '../../electron/core/calendar/civil';
import type { Sqlite } from '../open';
import { Random } from './random';

export interface PqrHistory {
  requests: number;
  open: number;
  buildMs: number;
}

const WINDOWS = ['08:00-10:00', '10:00-12:00', '14:00-16:00'];
const PLACES = 2;

interface Catalogs {
  subscribers: { id: number; party: number }[];
  causes: { id: number; service: string; visit: number; field: number }[];
  types: { id: number; days: number }[];
  asesores: number[];
  coordinator: number;
  documental: number;
  workers: number[];
  zone: number;
  channel: number;
}

function catalogs(sqlite: Sqlite): Catalogs {
  const ids = (sql: string) => (sqlite.prepare(sql).all() as { id: number }[]).map((r) => r.id);
  return {
    subscribers: sqlite
      .prepare(`SELECT id, owner_party_id AS party FROM subscribers WHERE status <> 'CANCELADO'`)
      .all() as Catalogs['subscribers'],
    // Gated causales (reconexión) need a paid factura: the history leaves them out.
    causes: sqlite
      .prepare(
        'SELECT id, service, needs_appointment AS visit, requires_field_report AS field FROM causes WHERE gate_product_code IS NULL AND active = 1',
      )
      .all() as Catalogs['causes'],
    types: sqlite.prepare('SELECT id, response_days AS days FROM request_types WHERE active = 1').all() as Catalogs['types'],
    asesores: ids(`SELECT id FROM users WHERE role = 'ASESOR'`),
    coordinator: ids(`SELECT id FROM users WHERE role = 'COORDINADOR_PQR'`)[0]!,
    documental: ids(`SELECT id FROM users WHERE role = 'GESTION_DOCUMENTAL'`)[0]!,
    workers: ids('SELECT id FROM field_workers WHERE active = 1'),
    zone: ids(`SELECT id FROM zones ORDER BY name = 'FLORENCIA' DESC, id`)[0]!,
    channel: ids('SELECT id FROM channels ORDER BY id')[0]!,
  };
}

function statements(sqlite: Sqlite) {
  return {
    request: sqlite.prepare(
      `INSERT INTO pqr_requests (filing_number, filed_at, filed_on, zone_id, channel_id, subscriber_id, party_id, service, request_type_id,
         cause_id, observation, status, term_days, due_on, created_by, request_key, closed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    event: sqlite.prepare(
      'INSERT INTO pqr_events (request_id, at, user_id, from_status, to_status, note) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    visit: sqlite.prepare(
      `INSERT INTO visit_appointments (request_id, visit_on, time_window, status, asesor_id, created_at) VALUES (?, ?, ?, 'ACTIVA', ?, ?)`,
    ),
    order: sqlite.prepare(
      `INSERT INTO work_orders (number, request_id, field_worker_id, status, assigned_at, assigned_by) VALUES (?, ?, ?, 'ABIERTA', ?, ?)`,
    ),
    letter: sqlite.prepare(
      `INSERT INTO response_letters (number, request_id, sui_response_type, body, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    notification: sqlite.prepare(
      `INSERT INTO notifications (request_id, response_letter_id, kind, result, receiver_name, receiver_document, result_on, recorded_at, recorded_by)
       VALUES (?, ?, 'PERSONAL', 'NOTIFICADO', 'Usuario', '', ?, ?, ?)`,
    ),
    sequence: sqlite.prepare(
      `INSERT INTO sequences (series, year, last_value) VALUES (?, ?, ?)
       ON CONFLICT (series, year) DO UPDATE SET last_value = max(last_value, excluded.last_value)`,
    ),
  };
}

const PREFIX: Record<string, string> = { RADICADO: 'RAD', ORDEN_TRABAJO: 'OT', OFICIO: 'OFI' };

/**
 * Trámites behind the office, written in SQL as the app would have left them: older ones mostly
 * answered, notified and CERRADO, recent ones spread over the open states, due dates in business
 * days; visits booked (never over a window's places) for the open visit causales and open work
 * orders for the assigned ones. Deterministic for a given seed. Used by the demo and the bench.
 */
export function addPqrHistory(
  sqlite: Sqlite,
  options: { today: string; count: number; days: number; seed?: number },
): PqrHistory {
  const start = performance.now();
  const random = new Random(options.seed ?? 5151);
  const holidays = new Set((sqlite.prepare('SELECT date FROM holidays').all() as { date: string }[]).map((h) => h.date));
  const c = catalogs(sqlite);
  const sql = statements(sqlite);
  const days = Array.from({ length: options.days }, (_, i) => addDays(options.today, i - options.days)).filter((d) =>
    isBusinessDay(d, holidays),
  );
  const seq = new Map<string, number>();
  const next = (series: string, year: string) => {
    const key = `${series}|${year}`;
    const n = (seq.get(key) ?? 0) + 1;
    seq.set(key, n);
    return `${PREFIX[series]}-${year}-${String(n).padStart(6, '0')}`;
  };
  const booked = new Map<string, number>();
  const freeSlot = (from: number): [string, string] | null => {
    for (let d = from; d < from + 10; d++) {
      const day = addBusinessDays(options.today, d, holidays);
      for (const w of WINDOWS) {
        const key = `${day}|${w}`;
        if ((booked.get(key) ?? 0) < PLACES) {
          booked.set(key, (booked.get(key) ?? 0) + 1);
          return [day, w];
        }
      }
    }
    return null;
  };
  let open = 0;
  sqlite.transaction(() => {
    for (let i = 0; i < options.count; i++) {
      const filedOn = days[Math.floor((i * days.length) / options.count)]!;
      const at = `${filedOn}T${String(13 + (i % 9)).padStart(2, '0')}:${String((i * 7) % 60).padStart(2, '0')}:00.000Z`;
      const s = random.pick(c.subscribers);
      const cause = random.pick(c.causes);
      const type = random.pick(c.types);
      const dueOn = addBusinessDays(filedOn, type.days, holidays);
      const age = days.length - days.indexOf(filedOn);
      const closed = age > 25 ? random.chance(0.97) : age > 10 ? random.chance(0.6) : random.chance(0.1);
      const status = closed
        ? 'CERRADO'
        : random.pick(
            cause.field
              ? (['RADICADO', 'ASIGNADO', 'ASIGNADO', 'INFORME'] as const)
              : (['RADICADO', 'RADICADO', 'RESPONDIDO'] as const),
          );
      if (!closed) open++;
      const year = filedOn.slice(0, 4);
      const asesor = random.pick(c.asesores);
      const closedAt = closed ? `${addBusinessDays(filedOn, 1 + (i % type.days), holidays)}T20:00:00.000Z` : null;
      const id = Number(
        sql.request.run(
          next('RADICADO', year),
          at,
          filedOn,
          c.zone,
          c.channel,
          s.id,
          s.party,
          cause.service,
          type.id,
          cause.id,
          'Solicitud del usuario recibida en ventanilla',
          status,
          type.days,
          dueOn,
          asesor,
          `historia-pqr-${i}`,
          closedAt,
        ).lastInsertRowid,
      );
      sql.event.run(id, at, asesor, null, 'RADICADO', '');
      if (status === 'ASIGNADO') sql.order.run(next('ORDEN_TRABAJO', year), id, random.pick(c.workers), at, c.coordinator);
      if (!closed && cause.visit && status !== 'INFORME') {
        const slot = freeSlot(1 + (i % 5));
        if (slot) sql.visit.run(id, slot[0], slot[1], asesor, at);
      }
      if (closed || status === 'RESPONDIDO') {
        const answeredAt = closedAt ?? at;
        const letter = Number(
          sql.letter.run(
            next('OFICIO', year),
            id,
            random.pick([1, 1, 2, 3]),
            'Respuesta de la empresa a la solicitud.',
            answeredAt,
            c.coordinator,
          ).lastInsertRowid,
        );
        if (closed) {
          sql.notification.run(id, letter, answeredAt.slice(0, 10), answeredAt, c.documental);
          sql.event.run(id, answeredAt, c.documental, 'RESPONDIDO', 'CERRADO', 'Notificado personalmente');
        } else sql.event.run(id, answeredAt, c.coordinator, 'RADICADO', 'RESPONDIDO', '');
      }
    }
    for (const [key, n] of seq) {
      const [series, year] = key.split('|');
      sql.sequence.run(series, Number(year), n);
    }
  })();
  return { requests: options.count, open, buildMs: performance.now() - start };
}
