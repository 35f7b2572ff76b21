import { expect, type Browser, type Page } from '@playwright/test';
import { withHostClock } from './fixtures';
import type { Host } from './host';

/** CAJA → Pago de cupón as the cashier works it, in a browser of their own. */

/** The cashier's own browser, with the same settings and clock as the suite's and a guard on its console. */
export async function cashierPage(browser: Browser, office: Host): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({
    baseURL: office.url,
    viewport: { width: 1366, height: 768 },
    locale: 'es-CO',
    timezoneId: 'America/Bogota',
  });
  await withHostClock(context, office);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return { page, problems };
}

/** An amount as the screens and documents write it, as a pattern: "$ 90.800". */
export const pesos = (n: number) => `\\$\\s?${new Intl.NumberFormat('es-CO').format(n).replace(/\./g, '\\.')}`;

/** The field that takes a coupon's number or a factura's (its label names both). */
export const scanField = (page: Page) => page.getByLabel('Número del cupón o de la factura');

/** Opens the day's session with its float when there is none. */
export async function openSession(page: Page, float: string): Promise<void> {
  const base = page.getByLabel('Base de caja');
  await expect(base).toBeFocused();
  await page.keyboard.type(float);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Caja abierta' })).toBeVisible();
  await expect(scanField(page)).toBeFocused();
}

/** What a keyboard-wedge scanner does (or the cashier typing a factura's number): the number and Enter. */
export async function scan(page: Page, typed: string): Promise<void> {
  await expect(scanField(page)).toBeFocused();
  await page.keyboard.type(typed);
  await page.keyboard.press('Enter');
}
