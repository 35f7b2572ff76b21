import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type ElectronApplication, type Page, _electron, expect, test } from '@playwright/test';
import { ROOT, electronBinary, electronNativeBinding, electronStatus } from '../scripts/setup.mjs';

/**
 * The real desktop app: window, app:// page, preload bridge and security settings. Runs only
 * where Electron's binary could be installed (scripts/setup.mjs decides, as for npm start).
 * Browser-side checks are string expressions: this project's types have no DOM.
 */

const status = electronStatus();
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const nativeBinding = status.available ? electronNativeBinding() : null;

test.skip(!status.available, `Electron no está instalado en este equipo (${status.reason}): prueba omitida`);
test.skip(!hasDisplay, 'No hay pantalla gráfica (DISPLAY o WAYLAND_DISPLAY) para abrir la ventana: prueba omitida');
test.skip(
  status.available && !nativeBinding,
  'No se pudo preparar SQLite para Electron (npm run setup -- --retry): prueba omitida',
);

test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let window: Page;
let folder: string;

test.beforeAll(async () => {
  const built = spawnSync(
    process.execPath,
    [path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '-c', 'electron/vite.config.ts'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  expect(built.status, built.stderr).toBe(0);
  folder = mkdtempSync(path.join(tmpdir(), 'ventanilla-electron-'));
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env))
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  app = await _electron.launch({
    executablePath: electronBinary() ?? undefined,
    args: [ROOT],
    cwd: ROOT,
    env: {
      ...env,
      VENTANILLA_DB: path.join(folder, 'ventanilla.db'),
      VENTANILLA_DEMO: '0',
      VENTANILLA_NATIVE_BINDING: nativeBinding ?? '',
      // Linux: Chromium's profile goes to the temporary folder, not the user's.
      XDG_CONFIG_HOME: folder,
    },
  });
  window = await app.firstWindow();
});

test.afterAll(async () => {
  await app?.close();
  if (folder) rmSync(folder, { recursive: true, force: true });
});

test('la ventana abre la pantalla de ingreso desde app://ventanilla', async () => {
  await expect(window.getByRole('heading', { name: 'Ingresar' })).toBeVisible();
  expect(window.url()).toMatch(/^app:\/\/ventanilla\//);
  expect(await window.title()).toContain('Ventanilla');
});

test('la página está aislada: sin Node, en sandbox, y solo ve window.ventanilla', async () => {
  // The exact webPreferences are checked in electron/main/*.test.ts; here, their effects.
  for (const name of ['require', 'process', 'module', 'Buffer', 'global']) {
    expect(await window.evaluate(`typeof ${name}`), name).toBe('undefined');
  }
  expect(await window.evaluate('Object.keys(window.ventanilla).sort().join(",")')).toBe('invoke,on');
  // Electron reports `sandboxed` on Windows and macOS; elsewhere it is undefined.
  const sandboxed = await app.evaluate(({ app: electronApp }) =>
    electronApp
      .getAppMetrics()
      .filter((m) => m.type === 'Tab')
      .map((m) => m.sandboxed),
  );
  expect(sandboxed).not.toContain(false);
});

test('el puente llega al núcleo: el primer administrador de una oficina vacía ingresa', async () => {
  const answer = await window.evaluate(
    "window.ventanilla.invoke({ name: 'auth.login', input: { username: 'admin', password: 'Ventanilla2026' }, session: null })",
  );
  expect(answer).toMatchObject({ ok: true, data: { mustChangePassword: true } });
  await expect(window.evaluate("window.ventanilla.on('otro:evento', () => {})")).rejects.toThrow();
});

test('la política de contenido bloquea scripts inyectados; no se abren ventanas ni se navega fuera', async () => {
  const injected = await window.evaluate(`(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inyectado = true';
    document.head.append(s);
    return window.__inyectado === true;
  })()`);
  expect(injected).toBe(false);
  expect(await window.evaluate("window.open('https://example.com/') === null")).toBe(true);
  await window.evaluate("location.href = 'https://example.com/'");
  await window.waitForTimeout(500);
  expect(window.url()).toMatch(/^app:\/\/ventanilla\//);
  expect(app.windows()).toHaveLength(1);
});
