import { and, asc, eq, ne } from 'drizzle-orm';
import { users } from '../../../db/schema';
import type { Sqlite } from '../../../db/open';
import type { Role } from '../../../db/schema/enums';
import { assertStrongPassword } from '../auth/password-policy';
import { hashPassword } from '../auth/passwords';
import { SESSION_ENDED } from '../auth/sessions';
import type { Ctx } from '../context';
import { actor, nowIso } from '../context';
import { AppError, notFound } from '../errors';

type UserRow = typeof users.$inferSelect;

const publicFields = (u: UserRow) => ({
  id: u.id,
  username: u.username,
  fullName: u.fullName,
  documentNumber: u.documentNumber,
  role: u.role,
  active: u.active,
  lockedUntil: u.lockedUntil,
  createdAt: u.createdAt,
});

export function listUsers(ctx: Ctx) {
  return ctx.db.select().from(users).orderBy(asc(users.username)).all().map(publicFields);
}

function load(ctx: Ctx, userId: number): UserRow {
  const user = ctx.db.select().from(users).where(eq(users.id, userId)).get();
  if (!user) throw notFound('El usuario no existe.');
  return user;
}

export function createUser(
  ctx: Ctx,
  input: { username: string; fullName: string; documentNumber: string; role: Role; password: string },
) {
  if (ctx.db.select({ id: users.id }).from(users).where(eq(users.username, input.username)).get()) {
    throw new AppError('CONFLICT', `Ya existe el usuario «${input.username}».`, {
      issues: [{ field: 'username', message: 'Usuario: ya existe' }],
    });
  }
  assertStrongPassword(input.password, input, 'password');
  const at = nowIso(ctx);
  const row = ctx.db
    .insert(users)
    .values({
      username: input.username,
      fullName: input.fullName,
      documentNumber: input.documentNumber,
      role: input.role,
      passwordHash: hashPassword(input.password),
      createdAt: at,
      passwordChangedAt: at,
      mustChangePassword: true,
    })
    .returning()
    .get();
  ctx.audit({ recordType: 'user', recordId: row.id, after: publicFields(row) });
  return publicFields(row);
}

/** At least one active administrator must remain, or nobody could manage users. */
function assertAnotherAdmin(ctx: Ctx, userId: number) {
  const other = ctx.db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'ADMIN'), eq(users.active, true), ne(users.id, userId)))
    .get();
  if (!other) throw new AppError('RULE', 'Debe quedar al menos un administrador activo.');
}

function change(ctx: Ctx, userId: number, set: Partial<UserRow>, what: string) {
  const before = load(ctx, userId);
  const after = ctx.db.update(users).set(set).where(eq(users.id, userId)).returning().get();
  ctx.audit({
    recordType: 'user',
    recordId: userId,
    before: publicFields(before),
    after: { ...publicFields(after), change: what },
  });
  return { before, after };
}

/** The user's sessions end everywhere, with the reason they will read. */
function endSessions(ctx: Ctx, user: UserRow, reason: string): Partial<UserRow> {
  ctx.sessions.endUser(user.id, reason);
  return { credentialsVersion: user.credentialsVersion + 1 };
}

export function setActive(ctx: Ctx, input: { userId: number; active: boolean }) {
  const current = load(ctx, input.userId);
  if (!input.active) {
    if (input.userId === actor(ctx).id) throw new AppError('RULE', 'No puede desactivar su propio usuario.');
    if (current.role === 'ADMIN') assertAnotherAdmin(ctx, input.userId);
  }
  const ended = input.active ? {} : endSessions(ctx, current, SESSION_ENDED.DEACTIVATED);
  const { after } = change(ctx, input.userId, { active: input.active, ...ended }, input.active ? 'activar' : 'desactivar');
  return publicFields(after);
}

export function setRole(ctx: Ctx, input: { userId: number; role: Role }) {
  const current = load(ctx, input.userId);
  if (current.role === input.role) return publicFields(current);
  if (current.role === 'ADMIN') assertAnotherAdmin(ctx, input.userId);
  // The sessions of the user carry the old role: they must log in again.
  const ended = endSessions(ctx, current, SESSION_ENDED.ROLE_CHANGED);
  const { after } = change(ctx, input.userId, { role: input.role, ...ended }, 'rol');
  return publicFields(after);
}

export function resetPassword(ctx: Ctx, input: { userId: number; password: string }) {
  const current = load(ctx, input.userId);
  assertStrongPassword(input.password, current, 'password');
  const ended = endSessions(ctx, current, SESSION_ENDED.PASSWORD_RESET);
  const { after } = change(
    ctx,
    input.userId,
    {
      passwordHash: hashPassword(input.password),
      passwordChangedAt: nowIso(ctx),
      mustChangePassword: true,
      failedAttempts: 0,
      lockedUntil: null,
      ...ended,
    },
    'contraseña',
  );
  return publicFields(after);
}

/**
 * An office nobody has worked in yet: only the first administrator, who never logged in. A new
 * computer in this state may be made a puesto of the office server from its login screen.
 */
export function officeUntouched(sqlite: Sqlite): boolean {
  const row = sqlite
    .prepare(
      `SELECT (SELECT count(*) FROM users) AS users,
              (SELECT count(*) FROM users WHERE must_change_password = 1) AS unchanged,
              (SELECT count(*) FROM user_sessions) AS sessions`,
    )
    .get() as { users: number; unchanged: number; sessions: number };
  return row.users === 1 && row.unchanged === 1 && row.sessions === 0;
}
