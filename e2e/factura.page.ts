import { expect, type Locator, type Page } from '@playwright/test';
import { openScreen } from './fixtures';

/** SUSCRIPTOR → FACTURA as the asesor works it, and the PDFs its IMPRIMIR archives. */

export async function openInvoiceScreen(page: Page): Promise<void> {
  await openScreen(page, 'SUSCRIPTOR', 'FACTURA');
  await expect(page.getByRole('radio', { name: 'CONTADO' })).toBeFocused();
}

/** Código + Enter in the field that has the focus; waits for the subscriber's card. */
export async function typeCode(page: Page, code: string): Promise<Locator> {
  const field = page.getByLabel('Código del suscriptor');
  await expect(field).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  return page.getByRole('region', { name: `Suscriptor ${code}` });
}

/** With the focus on the product picker: type, Enter picks, quantity, Enter adds (when valid). */
export async function typeProduct(page: Page, search: string, quantity = 1): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Producto' });
  await expect(picker).toBeFocused();
  await page.keyboard.type(search);
  await expect(page.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('Enter');
  const amount = page.getByLabel('Cantidad');
  await expect(amount).toBeFocused();
  await amount.fill(String(quantity));
  await page.keyboard.press('Enter');
  if (quantity < 1 || quantity > 999) return;
  await expect(picker).toBeFocused();
  await expect(picker).toHaveValue('');
}
