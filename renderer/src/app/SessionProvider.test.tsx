import { act, render, screen } from '@testing-library/react';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_OFFICE, configureFormat, formatInstant, formatMoney } from '../format/format';
import { SESSION } from '../test/render';
import { useSession, type SessionActions, type SessionInfo } from './session-context';
import { SessionProvider } from './SessionProvider';

vi.mock('../api', () => ({
  call: vi.fn(),
  setSessionId: vi.fn(),
  onSessionSignal: () => () => undefined,
  onAppLock: () => () => undefined,
  millisSinceLastCall: () => 0,
}));

const PAID_AT = '2026-11-25T02:57:00Z';
const MEXICO: SessionInfo = { ...SESSION, office: { timeZone: 'America/Mexico_City', locale: 'es-MX', currency: 'MXN' } };

const actions = {} as SessionActions;

/** What any screen would show of the session's office; hands the test the session's actions. */
function Shown() {
  const session = useSession();
  useEffect(() => void Object.assign(actions, session));
  return (
    <output aria-label="Visto">{session.info ? `${formatMoney(123_450)} · ${formatInstant(PAID_AT)}` : 'sin sesión'}</output>
  );
}

const shown = () => screen.getByRole('status', { name: 'Visto' }).textContent?.replace(/\s/g, ' ');

describe('SessionProvider and the office’s format', () => {
  afterEach(() => configureFormat(DEFAULT_OFFICE));

  it('formats with the office of the session that opens, and with the new one an admin saves', () => {
    render(
      <SessionProvider>
        <Shown />
      </SessionProvider>,
    );
    act(() => actions.open(MEXICO));
    expect(shown()).toBe('$1,234.50 · 24/11/2026, 8:57 p.m.');
    act(() => actions.refresh(SESSION));
    expect(shown()).toBe('$ 123.450 · 24/11/2026, 9:57 p. m.');
    act(() => actions.lock());
    act(() => actions.unlock(MEXICO));
    expect(shown()).toBe('$1,234.50 · 24/11/2026, 8:57 p.m.');
  });
});
