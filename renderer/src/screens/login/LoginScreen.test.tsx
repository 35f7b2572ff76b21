import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../api';
import type { Result } from '../../api';
import { SESSION, fail, fakeSession, ok, renderInSession } from '../../test/render';
import { LoginScreen } from './LoginScreen';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);
const UNICO = {
  mode: 'UNICO',
  workstation: 'VENTANILLA-01',
  server: null,
  untouched: false,
  reachable: null,
  officeServer: null,
} as const;

/** This computer is an equipo único; auth.login answers `login`. */
function answerLogin(login: Result<unknown>) {
  mockedCall.mockImplementation(async (name) => (name === 'station.info' ? ok(UNICO) : login) as never);
}

describe('LoginScreen', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    answerLogin(fail({ code: 'INTERNAL', message: 'sin respuesta' }));
  });

  it('Enter in the password submits and opens the session', async () => {
    answerLogin(ok(SESSION));
    const { session } = renderInSession(<LoginScreen />, fakeSession({ info: null }));
    await userEvent.type(screen.getByLabelText('Usuario'), 'asesor');
    await userEvent.type(screen.getByLabelText('Contraseña'), 'Asesor2026{Enter}');
    expect(mockedCall).toHaveBeenCalledWith('auth.login', { username: 'asesor', password: 'Asesor2026' });
    await waitFor(() => expect(session.open).toHaveBeenCalledWith(SESSION));
  });

  it("shows the core's message, empties the password and keeps the focus there", async () => {
    answerLogin(fail({ code: 'AUTH_FAILED', message: 'Usuario o contraseña incorrectos' }));
    renderInSession(<LoginScreen />, fakeSession({ info: null }));
    await userEvent.type(screen.getByLabelText('Usuario'), 'asesor');
    await userEvent.type(screen.getByLabelText('Contraseña'), 'mala{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe('Usuario o contraseña incorrectos');
    const password = screen.getByLabelText<HTMLInputElement>('Contraseña');
    expect(password.value).toBe('');
    expect(document.activeElement).toBe(password);
  });

  it('shows the lockout message after too many failures', async () => {
    const message =
      'Usuario bloqueado por intentos fallidos. Intente de nuevo en 15 min o pida a un administrador que lo desbloquee.';
    answerLogin(fail({ code: 'ACCOUNT_LOCKED', message }));
    renderInSession(<LoginScreen />, fakeSession({ info: null }));
    await userEvent.type(screen.getByLabelText('Usuario'), 'asesor');
    await userEvent.type(screen.getByLabelText('Contraseña'), 'Asesor2026{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe(message);
  });

  it('asks for the missing fields without calling the core', async () => {
    renderInSession(<LoginScreen />, fakeSession({ info: null }));
    await userEvent.type(screen.getByLabelText('Usuario'), '{Enter}');
    expect(screen.getByText('Escriba su usuario')).toBeTruthy();
    expect(screen.getByText('Escriba su contraseña')).toBeTruthy();
    expect(mockedCall).not.toHaveBeenCalledWith('auth.login', expect.anything());
  });

  it('tells why the user is back at the login (session ended elsewhere)', () => {
    renderInSession(<LoginScreen />, fakeSession({ info: null, notice: 'La sesión no está abierta.' }));
    expect(screen.getByRole('alert').textContent).toBe('La sesión no está abierta.');
  });
});
