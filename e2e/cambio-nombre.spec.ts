import path from 'node:path';
import type { Page } from '@playwright/test';
import { cashierPage, openSession, scan } from './caja.page';
import { addTercero } from './empty-office.page';
import { expect, login, test } from './fixtures';
import { openInvoiceScreen, typeCode, typeProduct } from './factura.page';
import { pdfPagePng, printAndRead } from './printed';
import { api, sessionOf, typeTramite } from './pqr.page';

/**
 * Seed 004, cambio de nombre: the asesor checks the requirements and tells the fee, makes its
 * factura; the cajero collects it at CAJA by the factura's number; the asesor radicates with the
 * buyer as the tercero, the system finds the factura PAGADA, the padrón changes the titular and
 * the constancia prints twice. An office of its own, so the cashier's desk starts closed.
 */
test.use({ officeOptions: { demo: true, subscribers: 60 } });
test.describe.configure({ timeout: 360_000 });

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');
const CAUSE = 'CAMBIO DE NOMBRE';
const REQUIREMENTS = [
  'Boleta predial actualizada',
  'Comprobante de la propiedad (escrituras, compraventa, carta de entrega o cesión de derechos)',
  'Identificación oficial',
];
const BUYER = { documentNumber: '1117654321', names: 'Héctor Fabio', surnames: 'Cuéllar Rojas', mobile: '3109876543' };
const BUYER_NAME = `${BUYER.names} ${BUYER.surnames}`;

type Owed = { subscriber: { ownerName: string }; items: { overdue: boolean }[] };

/** A demo subscriber al corriente (nothing overdue), and its titular. */
async function accountAlCorriente(page: Page): Promise<{ code: string; ownerName: string }> {
  const asesor = await sessionOf(page, 'asesor');
  for (let n = 100_001; n <= 100_060; n++) {
    const owed = await api<Owed>(page, 'coupons.owed', { code: String(n) }, asesor);
    if (!owed.items.some((i) => i.overdue)) return { code: String(n), ownerName: owed.subscriber.ownerName };
  }
  throw new Error('El padrón de demostración no tiene una cuenta al corriente');
}

test('seed 004: cambio de nombre: requirements and fee, factura paid at CAJA by its number, verified, titular changed in the padrón, constancia printed twice', async ({
  page,
  browser,
  office,
  shot,
}) => {
  await page.goto('/');
  const { code, ownerName } = await accountAlCorriente(page);

  // The asesor: the checklist of the cambio de nombre and its fee, before anything is paid.
  await login(page, 'asesor');
  await typeTramite(page, { code, service: 'ACUEDUCTO', requestType: 'PETICIÓN', cause: CAUSE });
  const documents = page.getByRole('group', { name: 'Documentos que presenta el usuario' });
  for (const name of REQUIREMENTS) await expect(documents.getByRole('checkbox', { name: `${name} requerido` })).toBeVisible();
  const gate = page.getByRole('status', { name: 'Verificación de pago' });
  await expect(gate).toContainText(/No hay factura de CAMBIO DE NOMBRE pagada .* Costo del trámite: \$\s45\.000\./);
  await shot('cno-01-requisitos-y-costo');

  // SUSCRIPTOR → FACTURA with the fee's product (a fresh window: TRÁMITE keeps its form).
  await page.reload();
  await login(page, 'asesor');
  await openInvoiceScreen(page);
  await page.keyboard.press('Enter');
  await typeCode(page, code);
  await typeProduct(page, 'cambio de nombre');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Observación' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  const invoiceLabel = page.getByLabel('Número de factura');
  await expect(invoiceLabel).toHaveText(/^FAC-\d{4}-\d{6}$/);
  const factura = (await invoiceLabel.textContent())!;

  // The cajero, at CAJA: the factura's number as the user hands it over, no coupon.
  const { page: desk, problems } = await cashierPage(browser, office);
  await login(desk, 'cajero');
  await openSession(desk, '100000');
  await scan(desk, factura);
  await expect(desk.getByRole('region', { name: `Factura ${factura}` })).toBeVisible();
  await expect(desk.getByLabel('Recibido')).toBeFocused();
  await desk.keyboard.type('50000');
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('button', { name: 'REGISTRAR' })).toBeFocused();
  await desk.keyboard.press('Enter');
  await expect(desk.getByLabel('Número de recibo')).toHaveText(/^REC-\d{4}-\d{6}$/);
  await desk.screenshot({ path: path.join(SCREENS, 'cno-02-pagado-en-caja.png'), fullPage: true });
  expect(problems).toEqual([]);
  await desk.context().close();

  // The asesor radicates: the system finds the factura PAGADA itself.
  await page.reload();
  await login(page, 'asesor');
  await typeTramite(page, { code, service: 'ACUEDUCTO', requestType: 'PETICIÓN', cause: CAUSE });
  await expect(gate).toContainText(`Pago verificado. Factura ${factura}`);
  for (const name of REQUIREMENTS) await documents.getByRole('checkbox', { name: `${name} requerido` }).check();
  // The tercero is still the titular: refused at the field, nothing radicated.
  await page.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(page.getByText(/ya es el titular de la cuenta .*; busque al nuevo titular/).first()).toBeVisible();
  await expect(page.getByLabel('Número de radicado')).toHaveCount(0);
  await shot('cno-03-ya-es-el-titular');
  // The buyer who presents the escrituras, added at the counter.
  await addTercero(page, page.getByRole('form', { name: 'Nuevo trámite' }), BUYER);
  await page.getByRole('button', { name: 'GUARDAR' }).click();

  await expect(page.getByLabel('Número de radicado')).toHaveText(/^RAD-\d{4}-\d{6}$/);
  const filing = (await page.getByLabel('Número de radicado').textContent())!;
  await expect(page.getByLabel('Nuevo titular')).toHaveText(BUYER_NAME);
  await expect(page.getByLabel('Titular anterior')).toContainText(ownerName);
  await shot('cno-04-titular-cambiado');

  const imprimir = page.getByRole('button', { name: 'IMPRIMIR CONSTANCIA' });
  await expect(imprimir).toBeFocused();
  const pdf = await printAndRead(imprimir, office.archiveDir);
  expect(pdf.path).toContain(path.join('CONSTANCIA_CAMBIO_NOMBRE', `${filing}.pdf`));
  expect(pdf.pages).toBe(2);
  const text = pdf.text.toUpperCase().replace(/\s+/g, ' ');
  for (const t of [
    'CONSTANCIA DE CAMBIO DE NOMBRE',
    filing,
    code,
    ownerName,
    BUYER_NAME,
    factura,
    'BOLETA PREDIAL ACTUALIZADA',
    'ORIGINAL — USUARIO',
    'COPIA — SOPORTE',
    'RECIBÍ LA CONSTANCIA',
  ]) {
    expect(text).toContain(t.toUpperCase());
  }
  pdfPagePng(pdf.path, path.join(SCREENS, 'cno-05-constancia-pdf'), 80);

  // The subscriber view names the new titular.
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await login(page, 'asesor');
  const search = page.getByLabel('Código, nombre, cédula o dirección del suscriptor');
  await search.fill(code);
  await search.press('Enter');
  await expect(page.getByRole('article', { name: `Suscriptor ${code}` })).toContainText(BUYER_NAME);
  await shot('cno-06-suscriptor-nuevo-titular');
});
