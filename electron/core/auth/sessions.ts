import { randomBytes } from 'node:crypto';
import type { Role } from '../../../db/schema/enums';
import type { Clock } from '../clock';
import { MINUTE_MS } from '../clock';
import { AppError } from '../errors';

export interface SessionUser {
  id: number;
  username: string;
  fullName: string;
  documentNumber: string;
  role: Role;
}

export interface Session {
  id: string;
  user: SessionUser;
  lastSeen: number;
  locked: boolean;
  /** Until the user sets a new password, only auth.* procedures run. */
  mustChangePassword: boolean;
}

/**
 * Logged-in sessions, held by the main process only. A session idle longer than the
 * configured minutes is locked: every call is refused until the user re-enters the password.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(private readonly clock: Clock) {}

  open(user: SessionUser, mustChangePassword: boolean): Session {
    const session: Session = {
      id: randomBytes(24).toString('base64url'),
      user,
      lastSeen: this.clock.now().getTime(),
      locked: false,
      mustChangePassword,
    };
    this.sessions.set(session.id, session);
    return session;
  }

  /** The session for a call; `allowLocked` for unlock and logout. */
  require(id: string | null | undefined, idleLockMinutes: number, allowLocked = false): Session {
    const session = id ? this.sessions.get(id) : undefined;
    if (!session) throw new AppError('SESSION_REQUIRED', 'La sesión no está abierta. Ingrese con su usuario y contraseña.');
    const now = this.clock.now().getTime();
    if (!session.locked && now - session.lastSeen > idleLockMinutes * MINUTE_MS) session.locked = true;
    if (session.locked && !allowLocked) {
      throw new AppError('SESSION_LOCKED', 'La sesión se bloqueó por inactividad. Escriba su contraseña para continuar.');
    }
    if (!session.locked) session.lastSeen = now;
    return session;
  }

  unlock(session: Session): void {
    session.locked = false;
    session.lastSeen = this.clock.now().getTime();
  }

  close(id: string): void {
    this.sessions.delete(id);
  }

  /** Sessions of a user that must end now (deactivated, role changed). */
  closeUser(userId: number): void {
    for (const [id, s] of this.sessions) if (s.user.id === userId) this.sessions.delete(id);
  }
}
