import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { Role } from '../../../db/schema/enums';
import { MINUTE_MS } from '../clock';
import type { Ctx } from '../context';
import { nowIso, today } from '../context';
import type { SessionInfo } from '../contract/auth.contract';
import { AppError } from '../errors';
import { getSetting } from '../settings/settings';
import { modulesOf } from './modules';
import { hashPassword, verifyDecoy, verifyPassword } from './passwords';
import type { Session, SessionUser } from './sessions';

const WRONG = 'Usuario o contraseña incorrectos';

type UserRow = typeof users.$inferSelect;

export function toSessionUser(u: UserRow): SessionUser {
  return { id: u.id, username: u.username, fullName: u.fullName, documentNumber: u.documentNumber, role: u.role };
}

export function sessionInfo(ctx: Ctx, session: Session): SessionInfo {
  return {
    sessionId: session.id,
    user: session.user,
    modules: modulesOf(session.user.role),
    workstation: ctx.workstation,
    today: today(ctx),
    idleLockMinutes: getSetting(ctx.db, 'security.idleLockMinutes'),
    mustChangePassword: session.mustChangePassword,
  };
}

/**
 * Checks a password against a user, counting failures: after the configured number the
 * user is locked for the configured minutes. The message never says which part was wrong.
 */
function checkPassword(ctx: Ctx, user: UserRow | undefined, password: string): UserRow {
  if (!user || !user.active) {
    verifyDecoy(password);
    throw new AppError('AUTH_FAILED', WRONG);
  }
  const now = ctx.clock.now();
  if (user.lockedUntil && new Date(user.lockedUntil) > now) {
    verifyDecoy(password);
    const minutes = Math.ceil((new Date(user.lockedUntil).getTime() - now.getTime()) / MINUTE_MS);
    throw new AppError(
      'ACCOUNT_LOCKED',
      `Usuario bloqueado por intentos fallidos. Intente de nuevo en ${minutes} min o pida a un administrador que lo desbloquee.`,
    );
  }
  if (verifyPassword(password, user.passwordHash)) {
    if (user.failedAttempts > 0 || user.lockedUntil) {
      ctx.db.update(users).set({ failedAttempts: 0, lockedUntil: null }).where(eq(users.id, user.id)).run();
    }
    return user;
  }
  const failures = user.failedAttempts + 1;
  const lock = failures >= getSetting(ctx.db, 'security.maxFailedLogins');
  const lockedUntil = lock
    ? new Date(now.getTime() + getSetting(ctx.db, 'security.lockoutMinutes') * MINUTE_MS).toISOString()
    : null;
  ctx.db
    .update(users)
    .set({ failedAttempts: lock ? 0 : failures, lockedUntil })
    .where(eq(users.id, user.id))
    .run();
  ctx.audit({ recordType: 'user', recordId: user.id, after: { login: 'FALLIDO', failures, lockedUntil } });
  throw new AppError('AUTH_FAILED', WRONG, { commit: true });
}

/**
 * A second person authorises an action on this workstation (a supervisor approving a void)
 * with their own user and password; failures count toward their lockout like a login.
 */
export function approveAs(ctx: Ctx, input: { username: string; password: string }, role: Role): SessionUser {
  const user = ctx.db.select().from(users).where(eq(users.username, input.username)).get();
  const ok = checkPassword(ctx, user, input.password);
  if (ok.role !== role) {
    throw new AppError('FORBIDDEN', `La aprobación debe darla un usuario con rol ${role}.`);
  }
  return toSessionUser(ok);
}

export function login(ctx: Ctx, input: { username: string; password: string }): SessionInfo {
  const user = ctx.db.select().from(users).where(eq(users.username, input.username)).get();
  const ok = checkPassword(ctx, user, input.password);
  const session = ctx.sessions.open(toSessionUser(ok), ok.mustChangePassword);
  ctx.session = session;
  ctx.audit({ recordType: 'user', recordId: ok.id, after: { login: 'OK', at: nowIso(ctx) } });
  return sessionInfo(ctx, session);
}

export function unlock(ctx: Ctx, input: { password: string }): SessionInfo {
  const session = ctx.session!;
  const user = ctx.db.select().from(users).where(eq(users.id, session.user.id)).get();
  try {
    checkPassword(ctx, user, input.password);
  } catch (error) {
    if (error instanceof AppError && error.code === 'ACCOUNT_LOCKED') ctx.sessions.close(session.id);
    throw error;
  }
  ctx.sessions.unlock(session);
  ctx.audit({ recordType: 'user', recordId: session.user.id, after: { unlock: 'OK' } });
  return sessionInfo(ctx, session);
}

export function logout(ctx: Ctx): { done: true } {
  ctx.audit({ recordType: 'user', recordId: ctx.session!.user.id, after: { logout: nowIso(ctx) } });
  ctx.sessions.close(ctx.session!.id);
  return { done: true };
}

export function changePassword(ctx: Ctx, input: { current: string; next: string }): SessionInfo {
  const session = ctx.session!;
  const user = ctx.db.select().from(users).where(eq(users.id, session.user.id)).get();
  checkPassword(ctx, user, input.current);
  if (input.current === input.next) {
    throw new AppError('RULE', 'La nueva contraseña debe ser distinta de la actual.', {
      issues: [{ field: 'next', message: 'Contraseña: debe ser distinta de la actual' }],
    });
  }
  ctx.db
    .update(users)
    .set({ passwordHash: hashPassword(input.next), passwordChangedAt: nowIso(ctx), mustChangePassword: false })
    .where(eq(users.id, session.user.id))
    .run();
  session.mustChangePassword = false;
  ctx.audit({ recordType: 'user', recordId: session.user.id, after: { change: 'contraseña propia' } });
  return sessionInfo(ctx, session);
}
