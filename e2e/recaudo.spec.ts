import path from 'node:path';
import { demoUser, expect, login, openScreen, test } from './fixtures';
import { pdfPagePng, printAndRead } from './printed';
import { apiAs, createInvoice, findDebtor, openDebtsOf, pesos } from './recaudo.page';

// Each flow prints and reads its PDFs back: seed 004 took close to a minute on a loaded machine.
test.describe.configure({ timeout: 300_000 });

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');
const ASESOR = demoUser('asesor');

interface Coupon {
  number: string;
  total: number;
  items: { chargeId: number; amount: number; reference: string | null }[];
}

test('seed 001: the asesor pays a factura with a coupon — código, the name, GENERAR, OK, IMPRIMIR in two copies', async ({
  page,
  shot,
  office,
}) => {
  await page.goto('/');
  // A subscriber who also owes periodic bills: the factura is picked out of the list.
  const { code } = await findDebtor(await apiAs(page, 'asesor'), 100160, 100200, 1);
  const invoice = await createInvoice(page, code, ['COR', 'REC']);
  expect(invoice.total).toBe(90_800);

  await login(page, 'asesor');
  const debts = await openDebtsOf(page, code);
  const facturaRow = debts.getByRole('row', { name: new RegExp(invoice.number) });
  await expect(facturaRow).toContainText(pesos(90_800));
  // Every debt comes chosen; the counter leaves only the factura.
  await expect(debts.getByRole('checkbox', { name: 'Elegir todas las deudas' })).toBeChecked();
  await debts.getByRole('checkbox', { name: 'Elegir todas las deudas' }).uncheck();
  await debts.getByRole('checkbox', { name: `Pagar Factura ${invoice.number}` }).check();
  const amount = page.getByLabel('Valor a pagar');
  await expect(amount).toHaveValue('90.800');
  await expect(page.getByLabel('Total elegido')).toHaveText(pesos(90_800));
  await shot('90-recaudo-deudas');

  await page.getByRole('button', { name: 'GENERAR' }).click();
  const confirm = page.getByRole('dialog', { name: '¿Generar el cupón de pago?' });
  await expect(confirm).toContainText(new RegExp(`cupón de pago por \\$\\s90\\.800 para el suscriptor ${code}`));
  await expect(confirm.getByRole('button', { name: 'OK' })).toBeFocused();
  await page.keyboard.press('Enter');

  const number = page.getByLabel('Número de cupón');
  await expect(number).toHaveText(/^CUP-\d{4}-\d{6}$/);
  const couponNumber = (await number.textContent())!;
  await expect(page.getByLabel('Total a pagar')).toHaveText(pesos(90_800));
  await expect(page.getByLabel('Páguese hasta')).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
  const imprimir = page.getByRole('button', { name: 'IMPRIMIR', exact: true });
  await expect(imprimir).toBeFocused();
  await shot('91-recaudo-cupon');

  const printed = await printAndRead(imprimir, office.archiveDir);
  expect(printed.path).toContain(path.join('CUPON', `${couponNumber}.pdf`));
  expect(printed.pages).toBe(2);
  for (const text of [couponNumber, 'CUPÓN DE PAGO', 'ORIGINAL — USUARIO', 'COPIA — SOPORTE', invoice.number]) {
    expect(printed.text).toContain(text);
  }
  // The asesor signs the user's copy (names print in capitals under the line).
  expect(printed.text).toContain(ASESOR.fullName.toUpperCase());
  expect(printed.text).toMatch(/TOTAL A PAGAR\s+\$\s?90\.800/);
  expect(printed.text).toMatch(/PÁGUESE HASTA\s+\d{2}\/\d{2}\/\d{4}/i);
  pdfPagePng(printed.path, path.join(SCREENS, '92-cupon-pdf'));

  // The coupon holds the factura alone, for its whole amount.
  const coupon = await (await apiAs(page, 'asesor'))<Coupon>('coupons.get', { number: couponNumber });
  expect(coupon.items.map((i) => [i.reference, i.amount])).toEqual([[invoice.number, 90_800]]);

  await page.getByRole('button', { name: 'Nuevo cupón' }).click();
  await expect(page.getByLabel('Código a buscar')).toBeFocused();
  await expect(page.getByLabel('Código a buscar')).toHaveValue('');
});

test('found by the titular’s name, an abono over periodic bills is applied oldest first and printed', async ({
  page,
  shot,
  office,
}) => {
  await page.goto('/');
  const ask = await apiAs(page, 'asesor');
  // A subscriber of the demo office with at least two unpaid periodic bills.
  const { code, owed } = await findDebtor(ask, 100240, 100270, 2);
  const abono = owed.items[0]!.outstanding + Math.floor(owed.items[1]!.outstanding / 2);

  await login(page, 'asesor');
  await openScreen(page, 'RECAUDO', 'ABONO A FACTURA O FINANCIACIÓN');
  await page.getByLabel('Tipo de búsqueda').selectOption('NOMBRE');
  // The name as typed at the counter: lower case, no accents.
  const typed = owed.subscriber.ownerName
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
  await page.getByLabel('Nombre a buscar').fill(typed);
  await page.keyboard.press('Enter');
  const found = page.getByRole('table', { name: 'Suscriptores encontrados' });
  const row = found.getByRole('row', { name: new RegExp(`^${code}\\b`) });
  await expect(row).toBeVisible();
  await expect(found.getByRole('button').first()).toBeFocused();
  await shot('94-recaudo-busqueda-nombre');
  await row.getByRole('button', { name: owed.subscriber.ownerName }).click();
  const debts = page.getByRole('table', { name: 'Deudas del suscriptor' });
  await expect(page.getByLabel('Valor a pagar')).toBeFocused();
  await expect(debts.getByRole('checkbox', { checked: true })).toHaveCount(owed.items.length + 1);
  await expect(page.getByLabel('Valor a pagar')).toHaveValue(owed.total.toLocaleString('es-CO'));
  await page.keyboard.type(String(abono));
  await expect(page.getByLabel('Valor a pagar')).toHaveAccessibleDescription(/^Abono: se aplica de la deuda más antigua/);
  await shot('93-recaudo-abono');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toContainText('un abono sobre');
  await page.keyboard.press('Enter');

  await expect(page.getByLabel('Total a pagar')).toHaveText(pesos(abono));
  const couponNumber = (await page.getByLabel('Número de cupón').textContent())!;
  const coupon = await ask<Coupon>('coupons.get', { number: couponNumber });
  expect(coupon.total).toBe(abono);
  expect(coupon.items.map((i) => [i.chargeId, i.amount])).toEqual([
    [owed.items[0]!.chargeId, owed.items[0]!.outstanding],
    [owed.items[1]!.chargeId, abono - owed.items[0]!.outstanding],
  ]);
  const printed = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  expect(printed.pages).toBe(2);
  expect(printed.text).toMatch(new RegExp(`TOTAL A PAGAR\\s+${pesos(abono).source}`));
});

test('bad input at RECAUDO: a Spanish message next to the field, and no coupon', async ({ page, shot }) => {
  await login(page, 'asesor');
  await openScreen(page, 'RECAUDO', 'ABONO A FACTURA O FINANCIACIÓN');
  const code = page.getByLabel('Código a buscar');
  await expect(code).toBeFocused();
  await page.keyboard.type('10A');
  await page.keyboard.press('Enter');
  await expect(code).toHaveAccessibleDescription('Código del suscriptor: solo dígitos');
  await code.fill('999999');
  await code.press('Enter');
  await expect(code).toHaveAccessibleDescription('No existe un suscriptor con el código 999999.');
  await page.getByLabel('Tipo de búsqueda').selectOption('CEDULA');
  await page.getByLabel('Cédula a buscar').fill('abc');
  await page.getByLabel('Cédula a buscar').press('Enter');
  await expect(page.getByLabel('Cédula a buscar')).toHaveAccessibleDescription('Cédula: escriba al menos 3 dígitos, sin letras');

  const ask = await apiAs(page, 'asesor');
  const { code: chosen, owed } = await findDebtor(ask, 100270, 100300, 1);
  await openDebtsOf(page, chosen);
  const amount = page.getByLabel('Valor a pagar');
  const aboveOwed = new RegExp(
    `^Valor a pagar: no puede ser mayor que lo adeudado en las deudas elegidas \\(${pesos(owed.total).source}\\)$`,
  );
  for (const [typed, message] of [
    ['0', 'Valor a pagar: debe ser mayor que cero'],
    [String(owed.total + 1), aboveOwed],
    ['cien mil', 'Valor a pagar: escriba el valor en números, sin letras'],
  ] as const) {
    await amount.fill(typed);
    await amount.press('Enter');
    await expect(amount).toHaveAccessibleDescription(message);
    await expect(amount).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  }
  await expect(amount).toHaveAccessibleDescription(/sin letras/);
  await shot('95-recaudo-errores');
  await page.getByRole('checkbox', { name: 'Elegir todas las deudas' }).uncheck();
  await page.getByRole('button', { name: 'GENERAR' }).click();
  await expect(page.getByText('Deudas: elija al menos una')).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  expect(await ask<unknown[]>('coupons.bySubscriber', { code: chosen })).toEqual([]);
});

test('seed 004: an estado de cuenta for someone with a carta poder, printed; ¿Desea pagar? gives the coupon', async ({
  page,
  shot,
  office,
}) => {
  await page.goto('/');
  const ask = await apiAs(page, 'asesor');
  // The one asking: the titular of another account, so not this one's.
  const { owner: proxy } = await ask<{ owner: { documentNumber: string; fullName: string } }>('subscribers.view', {
    code: '100233',
  });
  const { code, owed } = await findDebtor(ask, 100200, 100230, 1);

  await login(page, 'asesor');
  await openScreen(page, 'SUSCRIPTOR', 'Consulta de suscriptor');
  await page.getByLabel('Código, nombre, cédula o dirección del suscriptor').fill(code);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'Estado de cuenta' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('status', { name: 'Solicitante elegido' })).toContainText('Titular');
  await dialog.getByLabel('Número de documento del tercero').fill(proxy.documentNumber);
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status', { name: 'Solicitante elegido' })).toContainText(proxy.fullName);
  await expect(dialog.getByRole('radio', { name: 'Con carta poder' })).toBeChecked();
  const note = dialog.getByLabel('Carta poder presentada');
  await expect(note).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(note).toHaveAccessibleDescription('Carta poder: describa el documento (fecha y quién la otorga)');
  await page.keyboard.type('Carta poder autenticada del 20/11/2026, otorgada por la titular');
  await shot('96-estado-de-cuenta');
  await page.keyboard.press('Enter');

  const number = dialog.getByLabel('Número del estado de cuenta');
  await expect(number).toHaveText(/^EDC-\d{4}-\d{6}$/);
  const statementNumber = (await number.textContent())!;
  await shot('97-estado-de-cuenta-generado');
  const printed = await printAndRead(dialog.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  expect(printed.path).toContain(path.join('ESTADO_CUENTA', `${statementNumber}.pdf`));
  expect(printed.pages).toBeGreaterThanOrEqual(2);
  for (const text of [
    statementNumber,
    'ESTADO DE CUENTA',
    'ORIGINAL — USUARIO',
    'COPIA — SOPORTE',
    proxy.fullName,
    'Con carta poder',
    'Carta poder autenticada del 20/11/2026, otorgada por la titular',
  ]) {
    expect(printed.text).toContain(text);
  }
  pdfPagePng(printed.path, path.join(SCREENS, '98-estado-de-cuenta-pdf'));

  await dialog.getByRole('button', { name: 'Sí, generar cupón de pago' }).click();
  await expect(dialog.getByLabel('Valor a pagar')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: 'OK' }).click();
  await expect(dialog.getByLabel('Número de cupón')).toHaveText(/^CUP-/);
  await expect(dialog.getByLabel('Total a pagar')).toHaveText(pesos(owed.total));
  await shot('99-estado-de-cuenta-cupon');
  const coupon = await printAndRead(dialog.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  expect(coupon.text).toContain(proxy.fullName);
  expect(coupon.pages).toBe(2);
});
