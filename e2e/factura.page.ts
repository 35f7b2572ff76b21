import { execFileSync } from 'node:child_process';
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

export interface ArchivedPdf {
  path: string;
  pages: number;
  text: string;
}

/**
 * Clicks an IMPRIMIR button and reads the PDF it archived, from the path the outcome shows
 * under the button (`pdfinfo` and `pdftotext` of poppler-utils).
 */
export async function printAndRead(button: Locator, expectReprint = 0): Promise<ArchivedPdf> {
  await button.click();
  const outcome = button.locator('xpath=..').getByRole('alert');
  await expect(outcome).toContainText('archivado en', { timeout: 30_000 });
  if (expectReprint > 0) await expect(outcome).toContainText(`REIMPRESIÓN ${expectReprint}`);
  const path = /archivado en (.+?\.pdf)/.exec((await outcome.textContent()) ?? '')?.[1];
  if (!path) throw new Error(`Sin ruta del PDF en: ${await outcome.textContent()}`);
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { path, pages: Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]), text: text.replace(/[ \t]+/g, ' ') };
}

/** A PDF page as PNG next to the screenshots, to look at what was printed. */
export function pdfPagePng(pdf: string, out: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, out]);
}
