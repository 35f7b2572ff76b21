import type { z } from 'zod';
import { addDays } from '../calendar/civil';
import { startOfCivilDay } from '../clock';
import type { Ctx } from '../context';
import type { AuditRow, auditFilter } from '../contract/audit.contract';
import { invalidField } from '../errors';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';

type Filter = z.output<typeof auditFilter> & { after?: number; limit: number };

/**
 * The audit trail as the administrator searches it: by user, dates (the office's days), action
 * and record, newest first, keyset-paged on the id (the `audit_at` and `audit_record` indexes
 * keep a filtered page quick on years of history).
 */
export function listAudit(ctx: Ctx, f: Filter): { rows: AuditRow[]; next: number | null } {
  if (f.from && f.to && f.from > f.to) throw invalidField('to', 'Hasta: no puede ser anterior a Desde');
  const tz = getSetting(ctx.db, 'office.timeZone');
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    where.push(sql);
    args.push(value);
  };
  if (f.username) add('username = ?', f.username);
  if (f.from) add('at >= ?', startOfCivilDay(f.from, tz));
  if (f.to) add('at < ?', startOfCivilDay(addDays(f.to, 1), tz));
  if (f.procedure) add('procedure = ?', f.procedure);
  if (f.recordType) add('record_type = ?', f.recordType);
  if (f.recordId) add('record_id = ?', f.recordId);
  if (f.after) add('id < ?', f.after);
  const rows = ctx.sqlite
    .prepare(
      `SELECT id, at, username, workstation, procedure, record_type AS recordType, record_id AS recordId, before, after
       FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`,
    )
    .all(...args, f.limit + 1) as AuditRow[];
  const page = rows.slice(0, f.limit);
  return { rows: page, next: rows.length > f.limit ? (page.at(-1)?.id ?? null) : null };
}

export function auditOptions(ctx: Ctx) {
  const column = (sql: string) => (prepared(ctx.sqlite, sql).all() as { v: string }[]).map((r) => r.v);
  return {
    usernames: column("SELECT DISTINCT username AS v FROM audit WHERE username <> '' ORDER BY 1"),
    procedures: column('SELECT DISTINCT procedure AS v FROM audit ORDER BY 1'),
    recordTypes: column('SELECT DISTINCT record_type AS v FROM audit WHERE record_type IS NOT NULL ORDER BY 1'),
  };
}
