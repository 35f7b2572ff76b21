import { createHash, randomBytes } from 'node:crypto';
import type { Sqlite } from '../../../db/open';
import type { Role } from '../../../db/schema/enums';
import type { Clock } from '../clock';
import { MINUTE_MS } from '../clock';
import { AppError } from '../errors';
import { prepared } from '../statements';

export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  documentNumber: string;
  role: Role;
}

export interface Session {
  /** The token the client holds; the database keeps only its hash. */
  id: string;
  user: SessionUser;
  locked: boolean;
  /** Until the user sets a new password, only auth.* procedures run. */
  mustChangePassword: boolean;
}

/** Why a session ends: the user reads it on the login screen. */
export const SESSION_ENDED = {
  LOGOUT: 'La sesión se cerró. Ingrese con su usuario y contraseña.',
  OWN_PASSWORD: 'Su contraseña se cambió en otra sesión. Ingrese con la contraseña nueva.',
  PASSWORD_RESET: 'Un administrador restableció su contraseña. Ingrese con la contraseña que le entregó.',
  ROLE_CHANGED: 'Un administrador cambió su rol. Ingrese de nuevo para trabajar con el rol nuevo.',
  DEACTIVATED: 'Su usuario fue desactivado. Consulte con el administrador.',
  LOCKED_OUT: 'La sesión se cerró por intentos fallidos de contraseña.',
  CREDENTIALS: 'Sus datos de ingreso cambiaron. Ingrese de nuevo con su usuario y contraseña.',
} as const;

const NO_SESSION = 'La sesión no está abierta. Ingrese con su usuario y contraseña.';
const OTHER_WORKSTATION = 'Esa sesión se abrió en otro puesto. Ingrese en este puesto con su usuario y contraseña.';

/** lastSeen is written at most this often, so that reading the padrón does not write. */
const TOUCH_EVERY_MS = 10_000;

interface Row {
  userId: number;
  workstation: string;
  sessionRole: Role;
  sessionVersion: number;
  lastSeenAt: string;
  locked: number;
  endReason: string | null;
  endedAt: string | null;
  username: string;
  fullName: string;
  documentNumber: string;
  role: Role;
  active: number;
  credentialsVersion: number;
  mustChangePassword: number;
}

const SELECT = `SELECT s.user_id AS userId, s.workstation, s.role AS sessionRole, s.credentials_version AS sessionVersion,
    s.last_seen_at AS lastSeenAt, s.locked, s.ended_at AS endedAt, s.end_reason AS endReason,
    u.username, u.full_name AS fullName, u.document_number AS documentNumber, u.role, u.active,
    u.credentials_version AS credentialsVersion, u.must_change_password AS mustChangePassword
  FROM user_sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ?`;
const END = 'UPDATE user_sessions SET ended_at = ?, end_reason = ? WHERE id = ? AND ended_at IS NULL';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Logged-in sessions, kept in the database: every call reads the session and its user, so
 * rights are never older than the last write in any process sharing the file. A session idle
 * longer than the configured minutes is locked until the user types the password again.
 */
export class SessionStore {
  constructor(
    private readonly sqlite: Sqlite,
    private readonly clock: Clock,
    private readonly workstation: string,
  ) {}

  /** A new session for a user who just proved who they are. */
  open(user: SessionUser & { credentialsVersion: number; mustChangePassword: boolean }, workstation = this.workstation): Session {
    const token = randomBytes(24).toString('base64url');
    const at = this.clock.now().toISOString();
    prepared(
      this.sqlite,
      `INSERT INTO user_sessions (id, user_id, role, credentials_version, workstation, opened_at, last_seen_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(hashOf(token), user.id, user.role, user.credentialsVersion, workstation, at, at);
    const { credentialsVersion: _v, mustChangePassword, ...rest } = user;
    return { id: token, user: rest, locked: false, mustChangePassword };
  }

  /**
   * The session of a call, as the database has it now; `allowLocked` for unlock and logout. A
   * session belongs to the workstation (puesto) it was opened on: its token is worth nothing
   * from another one.
   */
  require(
    token: string | null | undefined,
    idleLockMinutes: number,
    allowLocked = false,
    workstation = this.workstation,
  ): Session {
    const hash = token ? hashOf(token) : '';
    const row = token ? (prepared(this.sqlite, SELECT).get(hash) as Row | undefined) : undefined;
    if (!row) throw new AppError('SESSION_REQUIRED', NO_SESSION);
    if (row.endedAt) throw new AppError('SESSION_REQUIRED', row.endReason ?? NO_SESSION);
    if (row.workstation !== workstation) throw new AppError('SESSION_REQUIRED', OTHER_WORKSTATION);
    const stale = !row.active
      ? SESSION_ENDED.DEACTIVATED
      : row.role !== row.sessionRole
        ? SESSION_ENDED.ROLE_CHANGED
        : row.credentialsVersion !== row.sessionVersion
          ? SESSION_ENDED.CREDENTIALS
          : null;
    if (stale) {
      this.endByHash(hash, stale);
      throw new AppError('SESSION_REQUIRED', stale);
    }
    const now = this.clock.now();
    const idle = now.getTime() - Date.parse(row.lastSeenAt);
    let locked = row.locked === 1;
    if (!locked && idle > idleLockMinutes * MINUTE_MS) {
      locked = true;
      prepared(this.sqlite, 'UPDATE user_sessions SET locked = 1 WHERE id = ?').run(hash);
    }
    if (locked && !allowLocked) {
      throw new AppError('SESSION_LOCKED', 'La sesión se bloqueó por inactividad. Escriba su contraseña para continuar.');
    }
    if (!locked && idle >= TOUCH_EVERY_MS) {
      prepared(this.sqlite, 'UPDATE user_sessions SET last_seen_at = ? WHERE id = ?').run(now.toISOString(), hash);
    }
    return {
      id: token!,
      user: {
        id: row.userId,
        username: row.username,
        fullName: row.fullName,
        documentNumber: row.documentNumber,
        role: row.role,
      },
      locked,
      mustChangePassword: row.mustChangePassword === 1,
    };
  }

  unlock(session: Session): void {
    prepared(this.sqlite, 'UPDATE user_sessions SET locked = 0, last_seen_at = ? WHERE id = ?').run(
      this.clock.now().toISOString(),
      hashOf(session.id),
    );
    session.locked = false;
  }

  /** Ends one session (logout, lockout). */
  end(session: Session, reason: string): void {
    this.endByHash(hashOf(session.id), reason);
  }

  /**
   * Ends every open session of a user, but `keep` (the one that changed its own password,
   * which goes on with the new credentials version).
   */
  endUser(userId: number, reason: string, keep?: { session: Session; credentialsVersion: number }): void {
    const at = this.clock.now().toISOString();
    prepared(
      this.sqlite,
      'UPDATE user_sessions SET ended_at = ?, end_reason = ? WHERE user_id = ? AND ended_at IS NULL AND id != ?',
    ).run(at, reason, userId, keep ? hashOf(keep.session.id) : '');
    if (keep) {
      prepared(this.sqlite, 'UPDATE user_sessions SET credentials_version = ? WHERE id = ?').run(
        keep.credentialsVersion,
        hashOf(keep.session.id),
      );
    }
  }

  private endByHash(hash: string, reason: string): void {
    prepared(this.sqlite, END).run(this.clock.now().toISOString(), reason, hash);
  }
}
