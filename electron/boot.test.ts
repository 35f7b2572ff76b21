import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from './core/clock';
import { bootOffice, defaultDatabaseFile, preparedMessage, userDataFolder } from './boot';
import { DEFAULT_PORT, DEMO_FLAG, OfficeEnvError, officeOptionsFromEnv } from './office-env';

let folder: string;
const quiet = () => undefined;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'ventanilla-boot-'));
});

afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

function envError(env: NodeJS.ProcessEnv): string {
  try {
    officeOptionsFromEnv(env, () => path.join(folder, 'default.db'));
  } catch (error) {
    expect(error).toBeInstanceOf(OfficeEnvError);
    return (error as OfficeEnvError).message;
  }
  throw new Error(`se esperaba un error para ${JSON.stringify(env)}`);
}

describe('environment variables', () => {
  it('defaults to the demo office of 5,000 subscribers in the user-data folder, port 5180', () => {
    expect(officeOptionsFromEnv({}, () => path.join(folder, 'default.db'))).toEqual({
      file: path.join(folder, 'default.db'),
      demo: true,
      demoSubscribers: 5000,
      port: DEFAULT_PORT,
      portFromEnv: false,
    });
  });

  it('reads every variable', () => {
    const options = officeOptionsFromEnv(
      { VENTANILLA_DB: path.join(folder, 'x.db'), VENTANILLA_DEMO: '0', VENTANILLA_DEMO_SUBSCRIBERS: '40', VENTANILLA_PORT: '0' },
      () => 'no-usado',
    );
    expect(options).toEqual({ file: path.join(folder, 'x.db'), demo: false, demoSubscribers: 40, port: 0, portFromEnv: true });
    expect(officeOptionsFromEnv({ VENTANILLA_DEMO: '1' }, () => 'd.db').demo).toBe(true);
  });

  it('opens the demo office from a clone, and in an installed app only when asked for', () => {
    const demo = (env: NodeJS.ProcessEnv, packaged: boolean, argv: string[] = []) =>
      officeOptionsFromEnv(env, () => 'd.db', { packaged, argv }).demo;
    expect(demo({}, false)).toBe(true);
    expect(demo({ VENTANILLA_DEMO: '0' }, false)).toBe(false);
    expect(demo({}, true)).toBe(false);
    expect(demo({ VENTANILLA_DEMO: '1' }, true)).toBe(true);
    expect(demo({}, true, ['C:\\Program Files\\Ventanilla\\Ventanilla.exe', DEMO_FLAG])).toBe(true);
    expect(DEMO_FLAG).toBe('--demo');
  });

  it('explains each invalid value in Spanish, naming the variable', () => {
    expect(envError({ VENTANILLA_DEMO: 'si' })).toMatch(/^VENTANILLA_DEMO="si" no es válido: use 0 \(oficina vacía\) o 1/);
    for (const value of ['abc', '0', '-5', '1.5', '1e3', '9999999']) {
      expect(envError({ VENTANILLA_DEMO_SUBSCRIBERS: value })).toContain(`VENTANILLA_DEMO_SUBSCRIBERS="${value}" no es válido`);
    }
    for (const value of ['70000', 'http', '-1']) {
      expect(envError({ VENTANILLA_PORT: value })).toContain(`VENTANILLA_PORT="${value}" no es válido`);
    }
    expect(envError({ VENTANILLA_DB: '  ' })).toContain('VENTANILLA_DB está vacía');
    expect(envError({ VENTANILLA_DB: path.join(folder, 'no-existe', 'x.db') })).toContain('no existe');
    expect(envError({ VENTANILLA_DB: folder })).toContain('es una carpeta');
  });
});

describe('the user-data folder', () => {
  it('is where Electron keeps an app named Ventanilla on each system', () => {
    expect(
      userDataFolder('Ventanilla', {
        platform: 'win32',
        env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' },
        home: 'C:\\Users\\ana',
      }),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\Ventanilla');
    expect(userDataFolder('Ventanilla', { platform: 'darwin', env: {}, home: '/Users/ana' })).toBe(
      '/Users/ana/Library/Application Support/Ventanilla',
    );
    expect(userDataFolder('Ventanilla', { platform: 'linux', env: {}, home: '/home/ana' })).toBe('/home/ana/.config/Ventanilla');
    expect(userDataFolder('Ventanilla', { platform: 'linux', env: { XDG_CONFIG_HOME: '/xdg' }, home: '/home/ana' })).toBe(
      '/xdg/Ventanilla',
    );
  });

  it('is created for the default database file', () => {
    const xdg = path.join(folder, 'xdg');
    mkdirSync(xdg);
    const file = defaultDatabaseFile('Ventanilla', { platform: 'linux', env: { XDG_CONFIG_HOME: xdg }, home: folder });
    expect(file).toBe(path.join(xdg, 'Ventanilla', 'ventanilla.db'));
    expect(existsSync(path.dirname(file))).toBe(true);
  });
});

describe('booting the office', () => {
  it('creates the demo office on the first start and finds it on the next', () => {
    const file = path.join(folder, 'demo.db');
    const clock = manualClock('2026-03-02T03:00:00Z');
    const first = bootOffice({ file, demo: true, demoSubscribers: 12, log: quiet, clock });
    try {
      expect(first.prepared).toBe('demo');
      expect(first.file).toBe(file);
      expect(first.elapsedMs).toBeGreaterThanOrEqual(0);
      const { count } = first.core.sqlite.prepare('SELECT count(*) AS count FROM subscribers').get() as { count: number };
      expect(count).toBe(12);
      expect(preparedMessage(first)).toMatch(/^Se creó la oficina de demostración en .*demo\.db \(\d+(,\d)? s\)/);
    } finally {
      first.core.close();
    }
    const second = bootOffice({ file, demo: true, demoSubscribers: 12, log: quiet, clock });
    try {
      expect(second.prepared).toBe('existing');
      expect(preparedMessage(second)).toBeNull();
      const login = second.core.dispatch(null, 'auth.login', { username: 'asesor', password: 'Asesor2026' });
      expect(login.ok).toBe(true);
    } finally {
      second.core.close();
    }
  });

  it("gives the demo company the logo it is handed (the packaged app's copy)", () => {
    const logo = path.join(folder, 'logo.png');
    writeFileSync(logo, Buffer.from('89504e470d0a1a0a', 'hex'));
    const booted = bootOffice({ file: path.join(folder, 'logo.db'), demo: true, demoSubscribers: 2, demoLogo: logo, log: quiet });
    try {
      const row = booted.core.sqlite.prepare("SELECT value FROM settings WHERE key = 'company.profile'").get() as {
        value: string;
      };
      expect(JSON.parse(row.value)).toMatchObject({ logo: 'data:image/png;base64,iVBORw0KGgo=' });
    } finally {
      booted.core.close();
    }
  });

  it('creates an empty office whose administrator must change the password', () => {
    const booted = bootOffice({ file: path.join(folder, 'empty.db'), demo: false, log: quiet });
    try {
      expect(booted.prepared).toBe('empty');
      expect(preparedMessage(booted)).toContain('admin');
      const login = booted.core.dispatch(null, 'auth.login', { username: 'admin', password: 'Ventanilla2026' });
      expect(login).toMatchObject({ ok: true, data: { mustChangePassword: true } });
    } finally {
      booted.core.close();
    }
  });
});
