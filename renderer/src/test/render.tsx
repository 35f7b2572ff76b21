import { ThemeProvider } from '@mui/material/styles';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi, type Mock } from 'vitest';
import type { ApiError, Result } from '../api';
import { newQueryClient } from '../api/queries';
import { SessionContext, type SessionActions, type SessionInfo, type SessionState } from '../app/session-context';
import { theme } from '../theme/theme';

export const SESSION: SessionInfo = {
  sessionId: 's-1',
  user: { id: 2, username: 'asesor', fullName: 'Luz Dary Plaza', documentNumber: '40781235', role: 'ASESOR' },
  modules: ['SUSCRIPTOR', 'RECAUDO', 'PQR'],
  workstation: 'VENTANILLA-01',
  today: '2026-11-23',
  office: { timeZone: 'America/Bogota', locale: 'es-CO', currency: 'COP' },
  idleLockMinutes: 10,
  mustChangePassword: false,
};

/** The cashier's session, for CAJA's screens: what a role may see and print follows it. */
export const CAJERO_SESSION: SessionInfo = {
  ...SESSION,
  user: { id: 4, username: 'cajero', fullName: 'Yenny Paola Trujillo', documentNumber: '1117512345', role: 'CAJERO' },
  modules: ['CAJA'],
  workstation: 'CAJA-01',
};

export type FakeSession = SessionState & { [K in keyof SessionActions]: Mock<SessionActions[K]> };

export function fakeSession(state: Partial<SessionState> = {}): FakeSession {
  return {
    info: SESSION,
    locked: false,
    notice: null,
    ...state,
    open: vi.fn<SessionActions['open']>(),
    refresh: vi.fn<SessionActions['refresh']>(),
    lock: vi.fn<SessionActions['lock']>(),
    unlock: vi.fn<SessionActions['unlock']>(),
    end: vi.fn<SessionActions['end']>(),
    logout: vi.fn<SessionActions['logout']>(async () => undefined),
  };
}

/** Renders with the app's theme inside a session (a fake one unless given), with a fresh cache unless given one. */
export function renderInSession(
  ui: ReactElement,
  session: FakeSession = fakeSession(),
  queries: QueryClient = newQueryClient(),
): RenderResult & { session: FakeSession; queries: QueryClient } {
  const result = render(
    <ThemeProvider theme={theme}>
      <QueryClientProvider client={queries}>
        <SessionContext.Provider value={session}>{ui}</SessionContext.Provider>
      </QueryClientProvider>
    </ThemeProvider>,
  );
  return { ...result, session, queries };
}

export const ok = <T,>(data: T): Result<T> => ({ ok: true, data });
export const fail = (error: ApiError): Result<never> => ({ ok: false, error });

/** A promise resolved from outside: lets a test decide which answer arrives first. */
export function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}
