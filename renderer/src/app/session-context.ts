import { createContext, useContext } from 'react';
import type { Output } from '../api';

export type SessionInfo = Output<'auth.login'>;

export interface SessionState {
  info: SessionInfo | null;
  /** The lock screen covers the app; the screens underneath keep their state. */
  locked: boolean;
  /** Why the user is back at the login screen (session ended elsewhere), if anything. */
  notice: string | null;
}

export interface SessionActions {
  open(info: SessionInfo): void;
  /** New data for the same session (password changed, unlocked, date moved on). */
  refresh(info: SessionInfo): void;
  lock(): void;
  unlock(info: SessionInfo): void;
  end(notice: string | null): void;
  logout(): Promise<void>;
}

export const SessionContext = createContext<(SessionState & SessionActions) | null>(null);

export function useSession(): SessionState & SessionActions {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession fuera de SessionProvider');
  return value;
}

/** For screens that only exist inside a session (the shell guarantees it). */
export function useSessionInfo(): SessionInfo {
  const { info } = useSession();
  if (!info) throw new Error('useSessionInfo sin sesión abierta');
  return info;
}
