import { ThemeProvider } from '@mui/material/styles';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeEnvelope } from '../../../electron/shared/bridge';
import { SESSION } from '../test/render';
import { theme } from '../theme/theme';
import { App } from './App';
import { SessionProvider } from './SessionProvider';

/** The real api client over a fake transport: what the main process would answer. */
const transport = vi.hoisted(() => ({
  answer: (_envelope: { name: string; input: unknown; session: string | null }): unknown => undefined,
  appLock: [] as (() => void)[],
}));
vi.mock('../api/transport', () => ({
  pickTransport: () => async (envelope: InvokeEnvelope) => transport.answer(envelope),
  onAppLock: (listener: () => void) => {
    transport.appLock.push(listener);
    return () => undefined;
  },
}));

const LOCKED = { ok: false, error: { code: 'SESSION_LOCKED', message: 'La sesión se bloqueó por inactividad.' } };
const FIELD = 'Código, nombre, cédula o dirección del suscriptor';
let lockedOnce = false;

function office(envelope: InvokeEnvelope): unknown {
  switch (envelope.name) {
    case 'auth.login':
    case 'auth.unlock':
    case 'auth.session':
      return { ok: true, data: SESSION };
    case 'auth.logout':
      return { ok: true, data: { done: true } };
    case 'subscribers.byCode':
      if (!lockedOnce) {
        lockedOnce = true;
        return LOCKED;
      }
      return { ok: false, error: { code: 'NOT_FOUND', message: 'No existe un suscriptor con el código 100001.' } };
    default:
      return { ok: true, data: [] };
  }
}

async function loggedIn(user = userEvent.setup()) {
  render(
    <ThemeProvider theme={theme}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </ThemeProvider>,
  );
  await user.type(screen.getByLabelText('Usuario'), 'asesor');
  await user.type(screen.getByLabelText('Contraseña'), 'Asesor2026{Enter}');
  // The first screen's code is loaded on demand (its menu area): the first paint may take a moment here.
  await screen.findByLabelText(FIELD, {}, { timeout: 15_000 });
  return user;
}

const lockScreen = () => screen.queryByRole('dialog', { name: 'Sesión bloqueada' });

describe('session lock', () => {
  beforeEach(() => {
    lockedOnce = false;
    transport.appLock = [];
    transport.answer = office;
  });

  it('a call answered SESSION_LOCKED covers the app; unlocking returns to the same screen as it was', async () => {
    const user = await loggedIn();
    await user.type(screen.getByLabelText(FIELD), '100001{Enter}');
    await waitFor(() => expect(lockScreen()).not.toBeNull());

    const sent: string[] = [];
    transport.answer = (envelope) => {
      sent.push(envelope.name);
      return office(envelope);
    };
    await user.type(screen.getByLabelText('Contraseña'), 'Asesor2026{Enter}');
    await waitFor(() => expect(lockScreen()).toBeNull());
    expect(sent).toContain('auth.unlock');
    expect(screen.getByLabelText<HTMLInputElement>(FIELD).value).toBe('100001');
  });

  it("locks when the main process sends 'app:lock'", async () => {
    await loggedIn();
    act(() => transport.appLock.forEach((l) => l()));
    expect(lockScreen()).not.toBeNull();
  });

  it('locks after the idle minutes without keyboard or mouse', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    await loggedIn(userEvent.setup({ advanceTimers: vi.advanceTimersByTime }));
    act(() => vi.advanceTimersByTime(9 * 60_000));
    expect(lockScreen()).toBeNull();
    act(() => vi.advanceTimersByTime(61_000 + 5_000));
    expect(lockScreen()).not.toBeNull();
  });

  it('a session ended elsewhere (SESSION_REQUIRED) goes back to the login with the reason', async () => {
    const user = await loggedIn();
    transport.answer = () => ({ ok: false, error: { code: 'SESSION_REQUIRED', message: 'La sesión no está abierta.' } });
    await user.type(screen.getByLabelText(FIELD), '100001{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('La sesión no está abierta.');
    expect(screen.getByRole('heading', { name: 'Ingresar' })).toBeTruthy();
  });
});
