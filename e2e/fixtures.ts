import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { DEMO_USERS } from '../db/seed/users';
import { HTTP_INVOKE_PATH, TOKEN_HEADER, TOKEN_META } from '../electron/shared/bridge';
import { type Host, type HostOptions, startHost } from './host';

export { expect };

const SCREENS_DIR = path.join(import.meta.dirname, 'artifacts', 'screens');

/** Demo users by username, with the passwords of db/seed/users.ts. */
export function demoUser(username: string): { username: string; password: string; fullName: string } {
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`No hay usuario de demostración ${username}`);
  return user;
}

interface WorkerFixtures {
  /** How the worker's office starts; a spec may ask for its own (`test.use`), in a worker of its own. */
  officeOptions: HostOptions;
  /** A demo office (300 subscribers) on a fresh database and the test clock, one per worker. */
  office: Host;
}

interface TestFixtures {
  /** Fails the test on any CSP violation or uncaught error in the page. */
  pageGuard: void;
  /** Saves a full-page screenshot under e2e/artifacts/screens/<name>.png. */
  shot(name: string): Promise<void>;
}

/**
 * The page's clock set to the host's (the test clock): what the browser reads as now, e.g. the
 * hour an export says it was generated, is the office's time, not the day the tests run.
 */
export async function withHostClock(context: BrowserContext, host: Pick<Host, 'now'>): Promise<void> {
  await context.clock.install({ time: host.now() });
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  officeOptions: [
    { demo: true, subscribers: 300 },
    { scope: 'worker', option: true },
  ],
  office: [
    async ({ officeOptions }, use) => {
      const host = await startHost(officeOptions);
      await use(host);
      await host.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ office }, use) => use(office.url),
  context: async ({ context, office }, use) => {
    await withHostClock(context, office);
    await use(context);
  },
  pageGuard: [
    async ({ page }, use) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || /Content Security Policy/i.test(message.text())) problems.push(message.text());
      });
      page.on('pageerror', (error) => problems.push(error.message));
      await use();
      expect(problems, 'errores o violaciones de CSP en la consola').toEqual([]);
    },
    { auto: true },
  ],
  shot: async ({ page }, use) => {
    mkdirSync(SCREENS_DIR, { recursive: true });
    await use(async (name) => {
      await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
    });
  },
});

/** From the login page of `url` (the worker's demo office by default). */
export async function login(page: Page, username: string, password = demoUser(username).password, url = '/'): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Usuario').fill(username);
  await page.getByLabel('Contraseña').fill(password);
  // The login comes drawn in index.html: INGRESAR (and Enter) work once the application's script has run.
  await expect(page.getByRole('button', { name: 'INGRESAR' })).toBeEnabled();
  await page.getByLabel('Contraseña').press('Enter');
}

/** Opens a module's menu in the top bar and clicks one of its screens. */
export async function openScreen(page: Page, module: string, item: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Módulos' }).getByRole('button', { name: module, exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

/**
 * Calls a procedure the way the renderer does in browser mode (token from the page's meta),
 * for checks a screen cannot make, such as a role calling what it must not.
 */
export async function invokeFromPage(page: Page, name: string, input: unknown, session: string | null): Promise<unknown> {
  return page.evaluate(
    async ({ envelope, path, header, meta }) => {
      // Runs in the page; e2e is type-checked without the DOM library, hence the narrow view.
      const { document } = globalThis as unknown as {
        document: { querySelector(s: string): { getAttribute(n: string): string | null } | null };
      };
      const token = document.querySelector(`meta[name="${meta}"]`)?.getAttribute('content') ?? '';
      const response = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [header]: token },
        body: JSON.stringify(envelope),
      });
      return response.json() as Promise<unknown>;
    },
    { envelope: { name, input, session }, path: HTTP_INVOKE_PATH, header: TOKEN_HEADER, meta: TOKEN_META },
  );
}
