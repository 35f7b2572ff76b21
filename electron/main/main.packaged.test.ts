import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INVOKE_CHANNEL } from '../shared/bridge';
import { endMain, fake, startMain } from './electron.test-support';

/**
 * An installed app (app.isPackaged) started the way an office starts it: no environment
 * variables, no flag. The demo office's passwords are public, so it must open an empty office.
 */

vi.mock('electron', async () => (await import('./electron.test-support')).electronModule);
vi.mock('./paths', async (original) => (await import('./electron.test-support')).pathsModule(await original()));

beforeAll(async () => {
  vi.spyOn(console, 'log').mockImplementation(() => undefined);
  fake.isPackaged = true;
  await startMain({});
});

afterAll(() => {
  endMain();
  vi.restoreAllMocks();
});

const login = (username: string, password: string) =>
  fake.ipcHandlers.get(INVOKE_CHANNEL)?.(
    { sender: fake.webContents, senderFrame: { url: 'app://ventanilla/', parent: null } },
    { name: 'auth.login', input: { username, password }, session: null },
  );

describe('the installed app on its first start', () => {
  it('creates an empty office whose administrator must change the factory password', async () => {
    expect(fake.errors).toEqual([]);
    expect(await login('admin', 'Ventanilla2026')).toMatchObject({
      ok: true,
      data: { user: { username: 'admin' }, mustChangePassword: true },
    });
    // No demo user, whose password the README publishes.
    expect(await login('asesor', 'Asesor2026')).toMatchObject({ ok: false });
  });

  it('tells the office its first user and password in a dialog, as it has no console', () => {
    expect(fake.messages).toEqual([
      expect.stringMatching(/^Se creó una oficina vacía .*Usuario inicial: admin, contraseña Ventanilla2026/),
    ]);
  });

  it('has no developer tools', () => {
    expect(fake.windowOptions?.webPreferences?.devTools).toBe(false);
  });
});
