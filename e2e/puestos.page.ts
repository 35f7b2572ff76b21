import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type Page, expect } from '@playwright/test';
import { login, openScreen, withHostClock } from './fixtures';
import type { Host } from './host';

/** ADMINISTRACIÓN → Puestos y red as the admin works it: on the server, and on each computer made a puesto. */

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');

export interface Window {
  page: Page;
  /** Console errors and CSP violations seen in this window. */
  problems: string[];
}

/** A computer's window: the suite's settings, the host's clock, a guard on its console. */
export async function windowOf(browser: Browser, host: Host): Promise<Window> {
  const context = await browser.newContext({
    baseURL: host.url,
    viewport: { width: 1366, height: 768 },
    locale: 'es-CO',
    timezoneId: 'America/Bogota',
  });
  await withHostClock(context, host);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}

export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

export async function openPuestosYRed(page: Page): Promise<void> {
  await openScreen(page, 'ADMINISTRACIÓN', 'Puestos y red');
  await expect(page.getByRole('region', { name: 'Este equipo' }).getByText('Modo')).toBeVisible();
}

/** "Convertir en servidor de la oficina", confirmed; answers the address the screen gives for puestos. */
export async function makeServer(page: Page): Promise<string> {
  const thisComputer = page.getByRole('region', { name: 'Este equipo' });
  await thisComputer.getByRole('button', { name: 'Convertir en servidor de la oficina' }).click();
  await page
    .getByRole('dialog', { name: 'Convertir en servidor de la oficina' })
    .getByRole('button', { name: 'CONVERTIR' })
    .click();
  await expect(thisComputer.getByRole('status')).toHaveText('Este equipo es ahora el servidor de la oficina.');
  await expect(thisComputer).toContainText('Servidor de la oficina');
  const address = thisComputer.getByText(/^https:\/\/127\.0\.0\.1:\d+\/$/);
  await expect(address).toBeVisible();
  await expect(thisComputer.getByText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)).toBeVisible();
  return (await address.textContent())!;
}

/** "Nuevo puesto": the name, CREAR, and the code read off the screen (shown once). */
export async function createPuesto(page: Page, name: string, address: string): Promise<string> {
  await page.getByRole('button', { name: 'Nuevo puesto' }).click();
  const form = page.getByRole('form', { name: 'Nuevo puesto' });
  await form.getByLabel('Nombre del puesto').fill(name.toLowerCase());
  await form.getByLabel('Nombre del puesto').press('Enter');
  const shown = page.getByRole('dialog', { name: `Código de vinculación de ${name}` });
  await expect(shown.getByText('Este código se muestra una sola vez', { exact: false })).toBeVisible();
  await expect(shown.getByLabel('Dirección del servidor')).toHaveText(address);
  const code = (await shown.getByLabel('Código de vinculación').textContent())!;
  expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
  return code;
}

export async function closeCode(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'LISTO' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** The pairing form, filled as the admin types it; VINCULAR; the login says which puesto this is now. */
export async function pairWith(page: Page, address: string, code: string, name: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Conectar a un servidor' });
  // The address as a person types it (no scheme), the code in lower case.
  await form.getByLabel('Dirección del servidor').fill(address.replace(/^https:\/\//, '').replace(/\/$/, ''));
  await form.getByLabel('Código de vinculación').fill(code.toLowerCase());
  await form.getByRole('button', { name: 'VINCULAR' }).click();
  await expect(page.getByRole('heading', { name: 'Ingresar' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('alert')).toHaveText(
    `Este equipo es ahora el puesto ${name} del servidor ${address}; ingrese con su usuario del servidor.`,
  );
  await expect(page.getByLabel('Puesto de trabajo')).toHaveText(`Puesto ${name} · servidor ${address}`);
}

/** On a computer still on its own demo office: its admin connects it to the server with the code. */
export async function connectToServer(win: Window, address: string, code: string, name: string): Promise<void> {
  await login(win.page, 'admin');
  await openPuestosYRed(win.page);
  await expect(win.page.getByRole('region', { name: 'Este equipo' })).toContainText('Equipo único');
  await win.page.getByRole('button', { name: 'Conectar a un servidor' }).click();
  await pairWith(win.page, address, code, name);
}
