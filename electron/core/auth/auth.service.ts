import { eq } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { Role } from '../../../db/schema/enums';
import { MINUTE_MS } from '../clock';
import type { Ctx } from '../context';
import { nowIso, today } from '../context';
import type { SessionInfo } from '../contract/auth.contract';
import { AppError } from '../errors';
import { officeFormat } from '../office/office-format';
import { getSetting } from '../settings/settings';
import { modulesOf } from './modules';
import { assertStrongPassword } from './password-policy';
import { hashPassword, verifyDecoy, verifyPassword } from './passwords';
import { SESSION_ENDED, type Session, type SessionUser } from './sessions';

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
    office: officeFormat(ctx.db),
    idleLockMinutes: getSetting(ctx.db, 'security.idleLockMinutes'),
    mustChangePassword: session.mustChangePassword,
  };
}

type LoginFailure = 'USUARIO_DESCONOCIDO' | 'USUARIO_INACTIVO' | 'USUARIO_BLOQUEADO' | 'CONTRASEÑA_ERRADA';

/** Every failed login is in the audit trail, whatever the reason; the user only reads WRONG. */
function failedLogin(ctx: Ctx, username: string, user: UserRow | undefined, result: LoginFailure, extra: object = {}): void {
  ctx.audit({ recordType: 'login', recordId: user?.id ?? username, after: { login: 'FALLIDO', username, result, ...extra } });
}

/**
 * Checks a password against a user, counting failures: after the configured number the
 * user is locked for the configured minutes. The message never says which part was wrong.
 */
function checkPassword(ctx: Ctx, username: string, user: UserRow | undefined, password: string): UserRow {
  if (!user || !user.active) {
    verifyDecoy(password);
    failedLogin(ctx, username, user, user ? 'USUARIO_INACTIVO' : 'USUARIO_DESCONOCIDO');
    throw new AppError('AUTH_FAILED', WRONG, { commit: true });
  }
  const now = ctx.clock.now();
  if (user.lockedUntil && new Date(user.lockedUntil) > now) {
    verifyDecoy(password);
    failedLogin(ctx, username, user, 'USUARIO_BLOQUEADO', { lockedUntil: user.lockedUntil });
    const minutes = Math.ceil((new Date(user.lockedUntil).getTime() - now.getTime()) / MINUTE_MS);
    throw new AppError(
      'ACCOUNT_LOCKED',
      `Usuario bloqueado por intentos fallidos. Intente de nuevo en ${minutes} min o pida a un administrador que lo desbloquee.`,
      { commit: true },
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
  failedLogin(ctx, username, user, 'CONTRASEÑA_ERRADA', { failures, lockedUntil });
  throw new AppError('AUTH_FAILED', WRONG, { commit: true });
}

const userNamed = (ctx: Ctx, username: string) => ctx.db.select().from(users).where(eq(users.username, username)).get();
const userWithId = (ctx: Ctx, id: number) => ctx.db.select().from(users).where(eq(users.id, id)).get();

/**
 * A second person authorises an action on this workstation (a supervisor approving a void)
 * with their own user and password. Not a login: a wrong password neither counts toward nor
 * is stopped by the approver's own lockout (whoever asks is limited per case by the caller).
 * Returns null when the credentials are wrong.
 */
export function verifyApprover(ctx: Ctx, input: { username: string; password: string }, role: Role): SessionUser | null {
  const user = userNamed(ctx, input.username);
  if (!user || !user.active || user.role !== role) {
    verifyDecoy(input.password);
    return null;
  }
  return verifyPassword(input.password, user.passwordHash) ? toSessionUser(user) : null;
}

export function login(ctx: Ctx, input: { username: string; password: string }): SessionInfo {
  const ok = checkPassword(ctx, input.username, userNamed(ctx, input.username), input.password);
  const session = ctx.sessions.open({
    ...toSessionUser(ok),
    credentialsVersion: ok.credentialsVersion,
    mustChangePassword: ok.mustChangePassword,
  }, ctx.workstation);
  ctx.session = session;
  ctx.audit({ recordType: 'user', recordId: ok.id, after: { login: 'OK', at: nowIso(ctx) } });
  return sessionInfo(ctx, session);
}

export function unlock(ctx: Ctx, input: { password: string }): SessionInfo {
  const session = ctx.session!;
  try {
    checkPassword(ctx, session.user.username, userWithId(ctx, session.user.id), input.password);
  } catch (error) {
    if (error instanceof AppError && error.code === 'ACCOUNT_LOCKED') ctx.sessions.end(session, SESSION_ENDED.LOCKED_OUT);
    throw error;
  }
  ctx.sessions.unlock(session);
  ctx.audit({ recordType: 'user', recordId: session.user.id, after: { unlock: 'OK' } });
  return sessionInfo(ctx, session);
}

export function logout(ctx: Ctx): { done: true } {
  ctx.audit({ recordType: 'user', recordId: ctx.session!.user.id, after: { logout: nowIso(ctx) } });
  ctx.sessions.end(ctx.session!, SESSION_ENDED.LOGOUT);
  return { done: true };
}

/** The user's own new password: the user's other sessions end, this one goes on. */
export function changePassword(ctx: Ctx, input: { current: string; next: string }): SessionInfo {
  const session = ctx.session!;
  const user = checkPassword(ctx, session.user.username, userWithId(ctx, session.user.id), input.current);
  if (input.current === input.next) {
    throw new AppError('RULE', 'La nueva contraseña debe ser distinta de la actual.', {
      issues: [{ field: 'next', message: 'Contraseña: debe ser distinta de la actual' }],
    });
  }
  assertStrongPassword(input.next, user, 'next');
  const credentialsVersion = user.credentialsVersion + 1;
  ctx.db
    .update(users)
    .set({
      passwordHash: hashPassword(input.next),
      passwordChangedAt: nowIso(ctx),
      mustChangePassword: false,
      credentialsVersion,
    })
    .where(eq(users.id, session.user.id))
    .run();
  ctx.sessions.endUser(session.user.id, SESSION_ENDED.OWN_PASSWORD, { session, credentialsVersion });
  session.mustChangePassword = false;
  ctx.audit({ recordType: 'user', recordId: session.user.id, after: { change: 'contraseña propia' } });
  return sessionInfo(ctx, session);
}
