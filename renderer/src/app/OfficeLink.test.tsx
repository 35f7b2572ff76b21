import { ThemeProvider } from '@mui/material/styles';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { InvokeEnvelope } from '../../../electron/shared/bridge';
import { RETRY_EVERY_MS } from '../api/office-link';
import { PUESTO } from '../test/puestos-fixtures';
import { theme } from '../theme/theme';
import { App } from './App';
import { SessionProvider } from './SessionProvider';

/** The real api client and office link over a fake transport: a puesto and its server's answers. */
const office = vi.hoisted(() => ({
  serverUp: true,
  login: null as unknown,
  sent: [] as { name: string; input: unknown; session: string | null }[],
}));
vi.mock('../api/transport', () => ({
  pickTransport: () => async (envelope: InvokeEnvelope) => {
    office.sent.push(envelope);
    return answer(envelope);
  },
  onAppLock: () => () => undefined,
}));

const OFFLINE = { ok: false, error: { code: 'OFFLINE', message: 'Sin conexión con el servidor de la oficina — reintentando' } };
const UNPAIRED = 'Este equipo no está vinculado al servidor de la oficina, o su vinculación fue revocada.';

function answer({ name, input }: InvokeEnvelope): unknown {
  switch (name) {
    case 'station.info':
      return { ok: true, data: { ...PUESTO, reachable: office.serverUp } };
    case 'station.pair':
      return { ok: true, data: { name: 'CAJA-02', fingerprint: PUESTO.server!.fingerprint, input } };
    case 'auth.login':
      return office.serverUp ? office.login : OFFLINE;
    default:
      return office.serverUp
        ? { ok: false, error: { code: 'SESSION_REQUIRED', message: 'La sesión no está abierta.' } }
        : OFFLINE;
  }
}

function start() {
  render(
    <ThemeProvider theme={theme}>
      <SessionProvider>
        <App />
      </SessionProvider>
    </ThemeProvider>,
  );
}

async function logIn(user: string, password: string) {
  await userEvent.type(screen.getByLabelText('Usuario'), user);
  await userEvent.type(screen.getByLabelText('Contraseña'), `${password}{Enter}`);
}

const banner = () => screen.queryByRole('status', { name: 'Conexión con el servidor de la oficina' });

describe('a puesto and its office server', () => {
  beforeEach(() => {
    office.serverUp = true;
    office.login = { ok: false, error: { code: 'AUTH_FAILED', message: 'Usuario o contraseña incorrectos' } };
    office.sent = [];
  });

  it('the login names the puesto and its server', async () => {
    start();
    expect(await screen.findByText('Puesto CAJA-01 · servidor https://192.168.1.10:8443/')).toBeTruthy();
    expect(banner()).toBeNull();
  });

  it('an OFFLINE answer raises the banner and keeps what was typed; the banner goes once the server answers', async () => {
    office.serverUp = false;
    start();
    await logIn('cajero', 'Cajero2026');
    await waitFor(() => expect(banner()?.textContent).toBe('Sin conexión con el servidor de la oficina — reintentando'));
    expect(screen.getByLabelText<HTMLInputElement>('Contraseña').value).toBe('Cajero2026');
    expect(screen.getByLabelText<HTMLInputElement>('Usuario').value).toBe('cajero');

    // The window asks this computer, then the server, until the server answers.
    await waitFor(() => expect(office.sent.filter((e) => e.name === 'auth.session').length).toBeGreaterThan(0), {
      timeout: RETRY_EVERY_MS * 3,
    });
    expect(banner()).not.toBeNull();
    office.serverUp = true;
    await waitFor(() => expect(banner()).toBeNull(), { timeout: RETRY_EVERY_MS * 3 });
    // Asking without a session says nothing about a session: the login shows no notice of one.
    expect(screen.queryByText('La sesión no está abierta.')).toBeNull();
  });

  it('UNPAIRED: the message and "Vincular este equipo de nuevo", which pairs it with no session', async () => {
    office.login = { ok: false, error: { code: 'UNPAIRED', message: UNPAIRED } };
    start();
    await logIn('cajero', 'Cajero2026');
    expect((await screen.findByRole('alert')).textContent).toBe(UNPAIRED);
    await userEvent.click(screen.getByRole('button', { name: 'Vincular este equipo de nuevo' }));
    const form = await screen.findByRole('form', { name: 'Conectar a un servidor' }, { timeout: 15_000 });
    await userEvent.type(within(form).getByLabelText('Dirección del servidor'), '192.168.1.10:8443');
    await userEvent.type(within(form).getByLabelText('Código de vinculación'), 'ABCD-EFGH-JKMN{Enter}');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Conectar a un servidor' })).toBeNull());
    expect(office.sent.find((e) => e.name === 'station.pair')).toMatchObject({
      input: { address: '192.168.1.10:8443', code: 'ABCD-EFGH-JKMN' },
      session: null,
    });
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Este equipo es ahora el puesto CAJA-02 del servidor https://192.168.1.10:8443/; ingrese con su usuario del servidor.',
    );
    expect(screen.queryByRole('button', { name: 'Vincular este equipo de nuevo' })).toBeNull();
  });
});
