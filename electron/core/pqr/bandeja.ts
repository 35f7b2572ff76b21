import type { PqrStatus, Service } from '../../../db/schema/enums';
import { addBusinessDays } from '../calendar/business-days';
import { holidaysOf } from '../calendar/holidays';
import type { Ctx } from '../context';
import { actor, nowIso, today } from '../context';
import type { Bandeja, BandejaRow } from '../contract/pqr.contract';
import { getSetting } from '../settings/settings';
import { getByCode } from '../subscribers/subscribers.service';
import { deadlineOf } from './deadline-view';

export interface BandejaQuery {
  bandeja: Bandeja;
  status?: PqrStatus;
  service?: Service;
  causeId?: number;
  after?: { dueOn: string; id: number };
  limit: number;
}

const COLUMNS = `r.id, r.filing_number AS filingNumber, r.filed_on AS filedOn, s.code AS subscriberCode,
  trim(p.names || ' ' || p.surnames) AS subscriberName, rt.code AS routeCode, r.service, c.name AS cause, r.status,
  r.due_on AS dueOn, r.term_days AS termDays, r.extended_days AS extendedDays, r.extension_reason AS extensionReason,
  t.silence_applies AS silenceApplies, r.due_at AS dueAt`;

const FROM = `FROM pqr_requests r
  JOIN subscribers s ON s.id = r.subscriber_id
  JOIN parties p ON p.id = s.owner_party_id
  JOIN routes rt ON rt.id = s.route_id
  JOIN causes c ON c.id = r.cause_id
  JOIN request_types t ON t.id = r.request_type_id`;

interface Raw {
  id: number;
  filingNumber: string;
  filedOn: string;
  subscriberCode: string;
  subscriberName: string;
  routeCode: string;
  service: Service;
  cause: string;
  status: PqrStatus;
  dueOn: string;
  termDays: number;
  extendedDays: number;
  extensionReason: string | null;
  silenceApplies: number;
  dueAt: string | null;
}

function toRow(ctx: Ctx, r: Raw): BandejaRow {
  const d = deadlineOf(ctx, r);
  return {
    id: r.id,
    filingNumber: r.filingNumber,
    filedOn: r.filedOn,
    subscriberCode: r.subscriberCode,
    subscriberName: r.subscriberName,
    routeCode: r.routeCode,
    service: r.service,
    cause: r.cause,
    status: r.status,
    dueOn: r.dueOn,
    daysLeft: d.daysLeft,
    hoursLeft: d.hoursLeft,
    dueSoon: d.dueSoon,
    overdue: d.overdue,
    silence: d.silence,
  };
}

/**
 * Which trámites a bandeja holds. MIOS: the ones the user radicated, or whose causal their
 * role assigns, or (GESTIÓN DOCUMENTAL) the responses waiting to be notified.
 */
function bandejaWhere(ctx: Ctx, bandeja: Bandeja): { sql: string; args: unknown[] } {
  const open = `r.status <> 'CERRADO'`;
  const day = today(ctx);
  switch (bandeja) {
    case 'ABIERTOS':
      return { sql: open, args: [] };
    case 'CERRADOS':
      return { sql: `r.status = 'CERRADO'`, args: [] };
    // A term in hours is late from its hour on the day it falls due.
    case 'VENCIDOS':
      return { sql: `${open} AND (r.due_on < ? OR (r.due_on = ? AND r.due_at < ?))`, args: [day, day, nowIso(ctx)] };
    case 'POR_VENCER': {
      const until = addBusinessDays(day, getSetting(ctx.db, 'pqr.dueSoonBusinessDays'), holidaysOf(ctx));
      return {
        sql: `${open} AND r.due_on BETWEEN ? AND ? AND (r.due_at IS NULL OR r.due_at >= ?)`,
        args: [day, until, nowIso(ctx)],
      };
    }
    case 'MIOS': {
      const me = actor(ctx);
      if (me.role === 'GESTION_DOCUMENTAL') return { sql: `r.status = 'RESPONDIDO'`, args: [] };
      return { sql: `${open} AND (r.created_by = ? OR c.assigned_by = ?)`, args: [me.id, me.role] };
    }
  }
}

/** A page of a bandeja, by due date then radicado, continuing after the given row (keyset). */
export function listBandeja(ctx: Ctx, q: BandejaQuery) {
  const where = bandejaWhere(ctx, q.bandeja);
  const parts = [where.sql];
  const args = [...where.args];
  const add = (sql: string, ...values: unknown[]) => {
    parts.push(sql);
    args.push(...values);
  };
  if (q.status) add('r.status = ?', q.status);
  if (q.service) add('r.service = ?', q.service);
  if (q.causeId) add('r.cause_id = ?', q.causeId);
  if (q.after) add('(r.due_on, r.id) > (?, ?)', q.after.dueOn, q.after.id);
  const raw = ctx.sqlite
    .prepare(`SELECT ${COLUMNS} ${FROM} WHERE ${parts.join(' AND ')} ORDER BY r.due_on, r.id LIMIT ?`)
    .all(...args, q.limit + 1) as Raw[];
  const rows = raw.slice(0, q.limit).map((r) => toRow(ctx, r));
  const last = rows[rows.length - 1];
  return { rows, next: raw.length > q.limit && last ? { dueOn: last.dueOn, id: last.id } : null };
}

/** The trámites of one subscriber, newest first (subscriber view, PQR → TRÁMITE). */
export function requestsOf(ctx: Ctx, code: string): BandejaRow[] {
  const subscriber = getByCode(ctx, code);
  const raw = ctx.sqlite
    .prepare(`SELECT ${COLUMNS} ${FROM} WHERE r.subscriber_id = ? ORDER BY r.id DESC LIMIT 200`)
    .all(subscriber.id) as Raw[];
  return raw.map((r) => toRow(ctx, r));
}
