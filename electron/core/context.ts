import type { Db, Sqlite } from '../../db/open';
import type { Session, SessionStore, SessionUser } from './auth/sessions';
import type { Clock } from './clock';
import { civilDateOf } from './clock';
import { AppError } from './errors';
import { getSetting } from './settings/settings';

export interface AuditEntry {
  recordType: string;
  recordId: string | number;
  before?: unknown;
  after?: unknown;
}

/** What every service receives first. Built by dispatch for one call. */
export interface Ctx {
  db: Db;
  sqlite: Sqlite;
  clock: Clock;
  workstation: string;
  sessions: SessionStore;
  session: Session | null;
  /** The Archivo Misional folder (printed PDFs, field photos); absent when the core runs without one. */
  archiveDir?: string;
  /** Adds a row to this call's audit trail, written in its transaction. */
  audit(entry: AuditEntry): void;
}

/** The logged-in user of the call. */
export function actor(ctx: Ctx): SessionUser {
  if (!ctx.session) throw new AppError('SESSION_REQUIRED', 'La sesión no está abierta. Ingrese con su usuario y contraseña.');
  return ctx.session.user;
}

/** The office's civil date now (YYYY-MM-DD). */
export function today(ctx: Pick<Ctx, 'db' | 'clock'>): string {
  return civilDateOf(ctx.clock.now(), getSetting(ctx.db, 'office.timeZone'));
}

/** The office's civil date of a stored instant: the day a letter was signed or a reply sent. */
export function officeDayOf(ctx: Pick<Ctx, 'db'>, instant: string): string {
  return civilDateOf(new Date(instant), getSetting(ctx.db, 'office.timeZone'));
}

export function nowIso(ctx: Pick<Ctx, 'clock'>): string {
  return ctx.clock.now().toISOString();
}
