import path from 'node:path';
import { cashierPage, openSession, pesos, scan, scanField } from './caja.page';
import { expect, login, test } from './fixtures';
import { openInvoiceScreen, typeCode, typeProduct } from './factura.page';
import { subscriberIn } from './pqr.page';
import { archivedFrom, pdfPagePng } from './printed';

/**
 * Seed 004, estado de cuenta → pay now: the asesor saves a factura and gives the user its
 * number; at CAJA the cashier types that number, collects exactly what it owes and the receipt
 * prints twice stamped PAGADO with the factura on it. The same number again: already paid.
 * An office of its own, so the cashier's desk starts closed whatever ran before.
 */
test.use({ officeOptions: { demo: true, subscribers: 60 } });
test.describe.configure({ timeout: 360_000 });

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');

test('seed 004: CAJA collects a factura by its number, prints it PAGADO twice, and then says it is paid', async ({
  page,
  browser,
  office,
  shot,
}) => {
  await page.goto('/');
  const { code } = await subscriberIn(page, 'ACTIVO', 100_020);
  await login(page, 'asesor');

  // The asesor: SUSCRIPTOR → FACTURA, with the keyboard, and the number handed to the user.
  await openInvoiceScreen(page);
  await page.keyboard.press('Enter');
  await expect(await typeCode(page, code)).toBeVisible();
  await typeProduct(page, 'CORTE');
  await typeProduct(page, 'reconexion del');
  const totalText = (await page.getByRole('table', { name: 'Productos de la factura' }).getByLabel('Total').textContent())!;
  const total = Number(totalText.replace(/\D/g, ''));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Observación' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  const numberLabel = page.getByLabel('Número de factura');
  await expect(numberLabel).toHaveText(/^FAC-\d{4}-\d{6}$/);
  const invoiceNumber = (await numberLabel.textContent())!;
  await shot('caja-factura-01-factura');

  // The cashier, in another browser: opens the desk and types the factura's number as read off the paper.
  const { page: desk, problems } = await cashierPage(browser, office);
  const deskShot = (name: string) => desk.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
  await login(desk, 'cajero');
  await expect(desk.getByRole('region', { name: 'Caja cerrada' })).toBeVisible();
  await openSession(desk, '100000');
  await scan(desk, invoiceNumber.toLowerCase());
  const found = desk.getByRole('region', { name: `Factura ${invoiceNumber}` });
  await expect(found).toBeVisible();
  await expect(scanField(desk)).toHaveValue(invoiceNumber);
  await expect(found.getByLabel('Estado de la factura: PENDIENTE')).toBeVisible();
  await expect(found.getByLabel('Saldo de la factura')).toHaveText(new RegExp(pesos(total)));
  await expect(desk.getByLabel('Recibido')).toBeFocused();
  const handed = Math.ceil(total / 50_000) * 50_000 + 50_000;
  await desk.keyboard.type(String(handed));
  await expect(desk.getByLabel('Cambio', { exact: true })).toHaveText(new RegExp(pesos(handed - total)));
  await deskShot('caja-factura-02-saldo');
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('button', { name: 'REGISTRAR' })).toBeFocused();
  await desk.keyboard.press('Enter');

  const receiptLabel = desk.getByLabel('Número de recibo');
  await expect(receiptLabel).toHaveText(/^REC-\d{4}-\d{6}$/);
  const receipt = (await receiptLabel.textContent())!;
  const paid = desk.getByRole('region', { name: `Recibo ${receipt}` });
  await expect(paid).toContainText(invoiceNumber);
  await expect(desk.getByLabel('Cambio a entregar')).toHaveText(new RegExp(pesos(handed - total)));

  // Printed at once, twice: the user's copy and the one kept for the corte del día.
  const pdf = await archivedFrom(paid.getByRole('alert').filter({ hasText: 'archivado en' }), office.archiveDir);
  expect(pdf.path).toContain(path.join('RECIBO', `${receipt}.pdf`));
  expect(pdf.pages).toBe(2);
  for (const text of [receipt, invoiceNumber, 'ORIGINAL — USUARIO', 'COPIA — CORTE DEL DÍA']) {
    expect(pdf.text).toContain(text);
  }
  // Each copy's stamp says PAGADO and names the factura.
  expect(pdf.text.match(/PAGADO/g)!.length).toBeGreaterThanOrEqual(2);
  expect(pdf.text.match(new RegExp(`Factura ${invoiceNumber}`, 'g'))!.length).toBeGreaterThanOrEqual(2);
  await deskShot('caja-factura-03-recibo');
  pdfPagePng(pdf.path, path.join(SCREENS, 'caja-factura-04-recibo-pdf'));

  // The same factura again: already paid, said at the field, nothing to collect.
  await expect(desk.getByRole('button', { name: 'Siguiente cupón' })).toBeFocused();
  await desk.keyboard.press('Enter');
  await scan(desk, invoiceNumber);
  await expect(desk.getByText(`La factura ${invoiceNumber} ya está PAGADA con el recibo ${receipt}.`)).toBeVisible();
  await expect(desk.getByRole('button', { name: 'REGISTRAR' })).toHaveCount(0);
  await expect(scanField(desk)).toBeFocused();
  await deskShot('caja-factura-05-ya-pagada');
  expect(problems).toEqual([]);
});
