import { expect, type Page } from '@playwright/test';
import { windowOf } from './puestos.page';

/** CAJA → Pago de cupón as the cashier works it, in a browser of their own. */

/** The cashier's own browser: a computer's window as the puestos spec opens it (settings, clock, console guard). */
export const cashierPage = windowOf;

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
