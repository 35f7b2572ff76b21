import { readFileSync } from 'node:fs';
import { FIRST_ADMIN } from '../db/seed/users';
import { createUser, firstLogin, newEntry, openAndCollect, saveEntry, type NewUser } from './empty-office.page';
import { openInvoiceScreen, typeCode, typeProduct } from './factura.page';
import { expect, openScreen, test } from './fixtures';
import { type Host, startHost } from './host';
import { checkAndImport, chooseImportFile, expectTally } from './importar.page';
import { typeTramite } from './pqr.page';
import { openDebtsOf, pesos } from './recaudo.page';

/**
 * Issue 14's import "done when": an empty office brings its terceros, padrón, cartera, a billing
 * cycle and readings from the repository's example files (CSV in UTF-8 and Windows-1252, and an
 * XLSX), sees the rows it refuses, imports the same file again with no change, and then works
 * an imported subscriber at the counter: a trámite, a factura, the coupon of its debts, paid at CAJA.
 */

test.describe.configure({ timeout: 480_000 });

const ADMIN_PASSWORD = 'Hacha-Yarumo-742';
const ASESOR: NewUser & { password: string } = {
  username: 'lvalencia',
  fullName: 'Leidy Valencia Ríos',
  documentNumber: '40612777',
  role: 'Asesor',
  temporary: 'Tempo-Asesora-2026',
  password: 'Bodoquero-Garza-318',
};
const CAJERO: NewUser & { password: string } = {
  username: 'jcastro',
  fullName: 'Jairo Castro Medina',
  documentNumber: '17654888',
  role: 'Cajero',
  temporary: 'Tempo-Cajero-2026',
  password: 'Hacha-Remolino-561',
};
/** What the example files leave on 200001's account: two cartera balances and the October bill. */
const DEBTS_200001 = 58_900 + 61_200 + 178_100;

let office: Host;
test.beforeAll(async () => {
  office = await startHost({ demo: false });
});
test.afterAll(async () => {
  await office.stop();
});

test('una oficina vacía importa terceros, padrón, cartera, facturación y lecturas, y atiende a un suscriptor importado', async ({
  page,
  shot,
}) => {
  await firstLogin(page, office.url, FIRST_ADMIN.username, FIRST_ADMIN.password, ADMIN_PASSWORD);
  // The padrón's ruta must exist: the office creates its zona and ruta first.
  await openScreen(page, 'ADMINISTRACIÓN', 'Catálogos');
  const zone = await newEntry(page, 'Zonas', 'NUEVA ZONA', 'Nueva zona');
  await zone.getByLabel('Nombre').fill('Florencia');
  await zone.getByLabel('Municipio').fill('Florencia, Caquetá');
  await saveEntry(page, zone, 'Se creó la zona FLORENCIA.');
  const route = await newEntry(page, 'Rutas', 'NUEVA RUTA', 'Nueva ruta');
  await route.getByLabel('Zona').selectOption('FLORENCIA');
  await route.getByLabel('Código').fill('01-001');
  await route.getByLabel('Nombre').fill('Centro');
  await saveEntry(page, route, 'Se creó la ruta 01-001.');
  await createUser(page, ASESOR);
  await createUser(page, CAJERO);

  await openScreen(page, 'ADMINISTRACIÓN', 'Importar');
  await expect(page.getByLabel('Tipo de archivo')).toBeFocused();

  // Terceros: UTF-8, commas; a NIT whose check digit is wrong is refused on its line.
  await chooseImportFile(page, 'Terceros', 'terceros.csv', 'CSV separado por comas, UTF-8');
  await expect(page.getByLabel('Columna para Número de documento')).toHaveValue('DOCUMENTO');
  await checkAndImport(page, { Nuevos: 5, Cambiados: 0, 'Sin cambio': 0, Rechazados: 1 });
  const refusedTercero = page.getByRole('table', { name: 'Filas rechazadas' }).last();
  await expect(refusedTercero.getByRole('row', { name: /^7 DOCUMENTO/ })).toContainText('el dígito de verificación no corresponde');

  // Padrón: what Excel saves in Spanish Windows (ANSI, semicolons); an unknown ruta refused.
  await chooseImportFile(page, 'Padrón de suscriptores', 'padron.csv', 'CSV separado por punto y coma, Windows-1252 (ANSI)');
  await expect(page.getByLabel('Columna para Código del suscriptor')).toHaveValue('CUENTA');
  await checkAndImport(page, { Nuevos: 5, Cambiados: 0, 'Sin cambio': 0, Rechazados: 1 });
  await expect(page.getByRole('table', { name: 'Filas rechazadas' }).last()).toContainText('la ruta 99-999 no existe');
  await shot('80-importar-01-padron');

  // The same file again: nothing new, nothing to import.
  await chooseImportFile(page, 'Padrón de suscriptores', 'padron.csv', 'CSV separado por punto y coma, Windows-1252 (ANSI)');
  await page.getByRole('button', { name: 'Revisar (simulacro)' }).click();
  await expectTally(page, 'Resultado del simulacro (no se ha guardado nada)', {
    Nuevos: 0,
    Cambiados: 0,
    'Sin cambio': 5,
    Rechazados: 1,
  });
  await expect(page.getByRole('button', { name: 'Importar 0 filas' })).toBeDisabled();

  // Cartera from Excel: a subscriber not in the padrón is refused; the refused rows download as CSV.
  await chooseImportFile(page, 'Cartera (saldos abiertos)', 'cartera.xlsx', 'Excel, hoja «Cartera»');
  await checkAndImport(page, { Nuevos: 4, Cambiados: 0, 'Sin cambio': 0, Rechazados: 1 });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Descargar rechazados (CSV)' }).last().click(),
  ]);
  expect(download.suggestedFilename()).toBe('rechazados-cartera.csv');
  const refused = readFileSync(await download.path(), 'utf8').split('\r\n');
  expect(refused[0]).toBe('\uFEFFLínea;Columna;Motivo');
  expect(refused[1]).toMatch(/^6;CUENTA;"Código del suscriptor: 299999 no está en el padrón; importe antes el padrón"$/);
  await shot('80-importar-02-cartera');

  await chooseImportFile(page, 'Facturación periódica', 'facturacion.csv', 'CSV separado por comas, UTF-8');
  await checkAndImport(page, { Nuevos: 3, Cambiados: 0, 'Sin cambio': 0, Rechazados: 0 });
  await chooseImportFile(page, 'Lecturas', 'lecturas.csv', 'CSV separado por punto y coma, UTF-8');
  await checkAndImport(page, { Nuevos: 6, Cambiados: 0, 'Sin cambio': 0, Rechazados: 0 });

  // The asesor: the imported subscriber's account and consumption, a trámite, a factura, the coupon.
  await firstLogin(page, office.url, ASESOR.username, ASESOR.temporary, ASESOR.password);
  await openScreen(page, 'SUSCRIPTOR', 'Consulta de suscriptor');
  await page.getByLabel('Código, nombre, cédula o dirección del suscriptor').fill('200001');
  await page.keyboard.press('Enter');
  const card = page.getByRole('article', { name: 'Suscriptor 200001' });
  await expect(card.getByRole('region', { name: 'Titular' })).toContainText('MARÍA FERNANDA ORTIZ PEÑA');
  // The newest movement first, with the balance after it: every imported debt on the account.
  const newest = card.getByRole('region', { name: 'Estado de cuenta' }).getByRole('row').nth(1);
  await expect(newest).toContainText('Factura de servicios 2026-10');
  await expect(newest.getByRole('cell').last()).toHaveText(pesos(DEBTS_200001));
  await expect(card.locator('svg[aria-label="Gráfico de consumo por periodo"] rect').first()).toBeVisible();
  await shot('80-importar-03-suscriptor');

  await typeTramite(page, { code: '200001', service: 'ACUEDUCTO', requestType: 'RECLAMO', cause: 'ALTO CONSUMO' });
  await expect(page.getByRole('textbox', { name: 'Observación' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Número de radicado')).toHaveText(/^RAD-\d{4}-\d{6}$/);

  await openInvoiceScreen(page);
  await page.keyboard.press('Enter');
  await expect(await typeCode(page, '200001')).toBeVisible();
  await typeProduct(page, 'certificado de no adeudo');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Observación' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Número de factura')).toHaveText(/^FAC-\d{4}-\d{6}$/);

  const debts = await openDebtsOf(page, '200001');
  await expect(debts).toContainText('Elegidas 4 de 4');
  await expect(debts.getByRole('row', { name: /SERVICIOS PÚBLICOS 2026-08/ })).toContainText('Vencida');
  await expect(page.getByLabel('Total elegido')).toHaveText(pesos(DEBTS_200001 + 12_500));
  await page.getByRole('button', { name: 'GENERAR' }).click();
  await page.getByRole('dialog', { name: '¿Generar el cupón de pago?' }).getByRole('button', { name: 'OK' }).click();
  const couponLabel = page.getByLabel('Número de cupón');
  await expect(couponLabel).toHaveText(/^CUP-\d{4}-\d{6}$/);
  const couponNumber = (await couponLabel.textContent())!;

  // The cajero collects it: the imported debts are paid like any other.
  await firstLogin(page, office.url, CAJERO.username, CAJERO.temporary, CAJERO.password);
  await openAndCollect(page, '100000', couponNumber, String(DEBTS_200001 + 12_500));
  await expect(page.getByLabel('Cambio a entregar')).toHaveText(pesos(0));
  await shot('80-importar-04-pagado');
});
