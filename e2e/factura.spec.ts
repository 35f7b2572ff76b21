import path from 'node:path';
import Database from 'better-sqlite3';
import { demoUser, expect, invokeFromPage, login, openScreen, test } from './fixtures';
import { openInvoiceScreen, typeCode, typeProduct } from './factura.page';
import { pdfPagePng, printAndRead } from './printed';

// Typed with the keyboard, printed in two copies and reprinted, each PDF read back: 16 s on a quiet
// machine, over a minute beside the empty-office spec in the other worker.
test.describe.configure({ timeout: 150_000 });

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');
const ASESOR = demoUser('asesor');

test('seed 001: the reconnection factura typed with the keyboard, saved, printed in two copies and reprinted', async ({
  page,
  shot,
  office,
}) => {
  await login(page, 'asesor');
  await openInvoiceScreen(page);
  await page.keyboard.press('Enter');
  const card = await typeCode(page, '100001');
  await expect(card).toBeVisible();
  await expect(card.getByLabel('Saldo')).toContainText('$');

  // The titular comes chosen and the focus goes on to the products; back at the cédula, typing
  // one and Enter finds that tercero and moves on.
  const chosen = page.getByRole('status', { name: 'Tercero elegido' });
  await expect(chosen).toContainText('Titular');
  await expect(page.getByRole('combobox', { name: 'Producto' })).toBeFocused();
  const cedula = page.getByLabel('Número de documento del tercero');
  await cedula.focus();
  const titular = (await chosen.locator('span').first().textContent()) ?? '';
  const document = /\b(?:CC|CE|NIT|TI|PAS|PPT) (\S+)/.exec((await chosen.textContent()) ?? '')?.[1] ?? '';
  await page.keyboard.type(document);
  await page.keyboard.press('Enter');

  await typeProduct(page, 'CORTE');
  await typeProduct(page, 'reconexion del');
  await typeProduct(page, 'recuperacion acueducto');
  const lines = page.getByRole('table', { name: 'Productos de la factura' });
  await expect(lines.getByRole('row')).toHaveCount(5);
  await expect(lines.getByLabel('Total')).toHaveText(/\$\s109\.700/);
  await page.keyboard.press('Enter');
  const observation = page.getByRole('textbox', { name: 'Observación' });
  await expect(observation).toBeFocused();
  await expect(observation).toHaveValue(
    /^Código 100001 · Ruta \S+ · CORTE, RECONEXIÓN DEL SERVICIO, RECUPERACIÓN ACUEDUCTO CARTERA$/,
  );
  await shot('70-factura-formulario');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');

  const number = page.getByLabel('Número de factura');
  await expect(number).toHaveText(/^FAC-\d{4}-\d{6}$/);
  const invoiceNumber = (await number.textContent())!;
  await expect(page.getByLabel('Estado de la factura: PENDIENTE')).toBeVisible();
  const imprimir = page.getByRole('button', { name: 'IMPRIMIR', exact: true });
  await expect(imprimir).toBeFocused();

  const first = await printAndRead(imprimir, office.archiveDir);
  expect(first.path).toContain(path.join('FACTURA', `${invoiceNumber}.pdf`));
  expect(first.pages).toBe(2);
  for (const text of [invoiceNumber, 'ORIGINAL — USUARIO', 'COPIA — SOPORTE', 'RECONEXIÓN DEL SERVICIO']) {
    expect(first.text).toContain(text);
  }
  // The signature blocks print the names in capitals, with the cédula under the line.
  for (const text of [ASESOR.fullName.toUpperCase(), titular.toUpperCase(), `C.C. ${document}`]) {
    expect(first.text).toContain(text);
  }
  expect(first.text).not.toContain('REIMPRESIÓN');
  await shot('71-factura-guardada');
  pdfPagePng(first.path, path.join(SCREENS, '72-factura-pdf'));

  const again = await printAndRead(imprimir, office.archiveDir, 1);
  expect(again.pages).toBe(2);
  expect(again.text).toContain('REIMPRESIÓN 1');
  expect(again.text).toContain(invoiceNumber);

  await page.getByRole('button', { name: 'Nueva factura' }).click();
  await expect(page.getByRole('radio', { name: 'CONTADO' })).toBeFocused();
  await expect(page.getByLabel('Código del suscriptor')).toHaveValue('');
});

test('a CRÉDITO factura shows its schedule before GUARDAR and prints its payment agreement', async ({ page, shot, office }) => {
  await login(page, 'asesor');
  await openInvoiceScreen(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'CRÉDITO' })).toBeChecked();
  await page.keyboard.press('Enter');
  // The titular comes chosen: the focus is already on the products.
  await expect(await typeCode(page, '100002')).toBeVisible();
  await typeProduct(page, 'ACOMETIDA');
  await typeProduct(page, 'MEDIDOR');

  const downPayment = page.getByLabel('Cuota inicial');
  await expect(downPayment).toHaveAccessibleDescription(/Cuota inicial: mínimo 30 % de la deuda \(\$\s105\.000\)/);
  await downPayment.fill('120000');
  await page.getByLabel('Número de cuotas').fill('12');
  const schedule = page.getByRole('table', { name: 'Plan de pagos' });
  await expect(schedule.getByRole('row')).toHaveCount(13);
  await expect(downPayment).toHaveAccessibleDescription(/Mínima: \$\s105\.000/);
  await schedule.scrollIntoViewIfNeeded();
  await shot('73-factura-credito');
  await page.getByRole('button', { name: 'GUARDAR' }).click();

  const invoiceNumber = (await page.getByLabel('Número de factura').textContent())!;
  expect(invoiceNumber).toMatch(/^FAC-/);
  await expect(page.getByText('financiado')).toContainText('12 cuotas');
  const agreement = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR ACUERDO' }), office.archiveDir);
  expect(agreement.path).toContain(`${path.sep}ACUERDO${path.sep}ACP-`);
  expect(agreement.pages).toBeGreaterThanOrEqual(2);
  for (const text of ['ORIGINAL — USUARIO', 'COPIA — SOPORTE', `Factura ${invoiceNumber}`, ASESOR.fullName.toUpperCase()]) {
    expect(agreement.text).toContain(text);
  }
  pdfPagePng(agreement.path, path.join(SCREENS, '74-acuerdo-pdf'));
});

test('a supervisor voids an unpaid factura with its reason and prints the void notice', async ({ page, shot, office }) => {
  await page.goto('/');
  const session = (await invokeFromPage(page, 'auth.login', { username: 'asesor', password: ASESOR.password }, null)) as {
    data: { sessionId: string };
  };
  const ask = (name: string, input: unknown) => invokeFromPage(page, name, input, session.data.sessionId);
  const view = (await ask('subscribers.view', { code: '100003' })) as { data: { owner: { id: number } } };
  const products = (await ask('products.list', {})) as { data: { id: number; code: string }[] };
  const created = (await ask('invoices.create', {
    requestKey: `e2e-anular-${Date.now()}`,
    paymentForm: 'CONTADO',
    subscriberCode: '100003',
    partyId: view.data.owner.id,
    lines: [{ productId: products.data.find((p) => p.code === 'CNA')!.id, quantity: 1 }],
    observation: 'Código 100003 · certificado pedido por error',
  })) as { data: { number: string } };
  const invoiceNumber = created.data.number;

  // The asesor sees the factura but no Anular.
  await login(page, 'asesor');
  await page.getByLabel('Código, nombre, cédula o dirección del suscriptor').fill('100003');
  await page.keyboard.press('Enter');
  const facturas = page.getByRole('table', { name: 'Facturas del suscriptor' });
  await expect(facturas).toContainText(invoiceNumber);
  await expect(facturas.getByRole('button', { name: /^Anular/ })).toHaveCount(0);

  await login(page, 'supervisor');
  await page.getByLabel('Código, nombre, cédula o dirección del suscriptor').fill('100003');
  await page.keyboard.press('Enter');
  await facturas.getByRole('button', { name: `Anular ${invoiceNumber}` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Motivo de la anulación').fill('error');
  await dialog.getByRole('button', { name: 'ANULAR' }).click();
  await expect(dialog.getByLabel('Motivo de la anulación')).toHaveAccessibleDescription(
    'Motivo: explique en al menos 10 caracteres',
  );
  await dialog.getByLabel('Motivo de la anulación').fill('El usuario pidió el certificado por error');
  await dialog.getByRole('button', { name: 'ANULAR' }).click();
  await expect(dialog.getByLabel('Estado de la factura: ANULADA')).toBeVisible();
  await shot('75-factura-anulada');

  const notice = await printAndRead(dialog.getByRole('button', { name: 'IMPRIMIR CONSTANCIA DE ANULACIÓN' }), office.archiveDir);
  expect(notice.path).toContain(path.join('ANULACION_FACTURA', `${invoiceNumber}.pdf`));
  expect(notice.pages).toBe(2);
  for (const text of [invoiceNumber, 'ANULADA', 'El usuario pidió el certificado por error', 'COPIA — SOPORTE']) {
    expect(notice.text).toContain(text);
  }
  pdfPagePng(notice.path, path.join(SCREENS, '76-anulacion-pdf'));
  await dialog.getByRole('button', { name: 'Cerrar' }).click();
  await expect(facturas.getByRole('row', { name: new RegExp(invoiceNumber) })).toContainText('ANULADA');
});

test('every bad input shows its message next to the field and saves nothing', async ({ page, office, shot }) => {
  // A cancelled account: the demo office has none, so one is cancelled here.
  const db = new Database(office.dbFile);
  db.prepare("UPDATE subscribers SET status = 'CANCELADO' WHERE code = '100010'").run();
  // Another spec of this worker's office may have billed them already: what counts is that nothing is added here.
  const billedBefore = invoiceCounts(db);
  db.close();

  await login(page, 'asesor');
  await openInvoiceScreen(page);
  const guardar = page.getByRole('button', { name: 'GUARDAR' });
  const code = page.getByLabel('Código del suscriptor');

  await guardar.click();
  await expect(code).toHaveAccessibleDescription('Código del suscriptor: es obligatorio');
  await expect(page.getByText('Tercero: busque por cédula o agréguelo con +')).toBeVisible();
  await expect(page.getByText('Productos: agregue al menos uno')).toBeVisible();
  await expect(code).toBeFocused();

  await page.keyboard.type('999999');
  await page.keyboard.press('Enter');
  await expect(code).toHaveAccessibleDescription('No existe un suscriptor con el código 999999.');

  await code.fill('100010');
  await code.press('Enter');
  await expect(code).toHaveAccessibleDescription(/100010 está CANCELADO/);
  await page.getByRole('combobox', { name: 'Producto' }).focus();
  await typeProduct(page, 'CORTE');
  await guardar.click();
  await expect(code).toHaveAccessibleDescription('Código del suscriptor: 100010 está CANCELADO; no se le factura');
  await shot('77-factura-errores');

  await code.fill('100011');
  await code.press('Enter');
  await expect(page.getByRole('region', { name: 'Suscriptor 100011' })).toBeVisible();
  await page.getByRole('button', { name: 'Quitar CORTE' }).click();
  await guardar.click();
  await expect(page.getByText('Productos: agregue al menos uno')).toBeVisible();

  await typeProduct(page, 'CORTE', 0);
  await expect(page.getByLabel('Cantidad')).toHaveAccessibleDescription('Cantidad: debe ser mayor que cero');
  await expect(page.getByRole('table', { name: 'Productos de la factura' })).not.toContainText('CORTE');
  await page.getByLabel('Cantidad').fill('2');
  await page.keyboard.press('Enter');

  await page.getByRole('radio', { name: 'CRÉDITO' }).check();
  const downPayment = page.getByLabel('Cuota inicial');
  await downPayment.fill('1000');
  await expect(downPayment).toHaveAccessibleDescription(/Cuota inicial: mínimo 30 % de la deuda \(\$\s23\.100\)/);
  await expect(downPayment).toHaveAttribute('aria-invalid', 'true');
  await guardar.click();
  await expect(downPayment).toHaveAccessibleDescription(/Cuota inicial: mínimo 30 % de la deuda/);
  await downPayment.fill('30000');
  const installments = page.getByLabel('Número de cuotas');
  for (const [count, message] of [
    ['0', 'Número de cuotas: al menos 1'],
    ['61', 'Número de cuotas: máximo 60'],
  ] as const) {
    await installments.fill(count);
    await guardar.click();
    await expect(installments).toHaveAccessibleDescription(message);
  }
  await shot('78-factura-credito-errores');

  await expect(page.getByLabel('Número de factura')).toHaveCount(0);
  const session = (await invokeFromPage(page, 'auth.login', { username: 'asesor', password: ASESOR.password }, null)) as {
    data: { sessionId: string };
  };
  const billedAfter: Record<string, number> = {};
  for (const subscriber of BAD_INPUT_SUBSCRIBERS) {
    const list = (await invokeFromPage(page, 'invoices.bySubscriber', { code: subscriber }, session.data.sessionId)) as {
      data: unknown[];
    };
    billedAfter[subscriber] = list.data.length;
  }
  expect(billedAfter, 'facturas de 100010 y 100011').toEqual(billedBefore);
});

const BAD_INPUT_SUBSCRIBERS = ['100010', '100011'] as const;

/** How many facturas each of the bad-input test's subscribers has, read from the office's file. */
function invoiceCounts(db: Database.Database): Record<string, number> {
  const count = db.prepare('SELECT count(*) AS n FROM invoices i JOIN subscribers s ON s.id = i.subscriber_id WHERE s.code = ?');
  return Object.fromEntries(BAD_INPUT_SUBSCRIBERS.map((code) => [code, (count.get(code) as { n: number }).n]));
}

test('arreglo de deuda from the subscriber view: schedule, GUARDAR, agreement printed', async ({ page, shot, office }) => {
  await login(page, 'asesor');
  await openScreen(page, 'SUSCRIPTOR', 'Consulta de suscriptor');
  // A subscriber that owes something: the first with a balance.
  const field = page.getByLabel('Código, nombre, cédula o dirección del suscriptor');
  let code = 100020;
  for (; code < 100080; code++) {
    await field.fill(String(code));
    await field.press('Enter');
    const owed = page.getByRole('article', { name: `Suscriptor ${code}` }).getByLabel('Saldo');
    await expect(owed).toBeVisible();
    if (Number(((await owed.textContent()) ?? '').replace(/\D/g, '')) > 5_000) break;
  }
  await page.getByRole('button', { name: 'Arreglo de deuda' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Deuda a financiar')).toContainText('$');
  await expect(dialog.getByRole('status', { name: 'Tercero elegido' })).toContainText('Titular');
  const debt = Number(((await dialog.getByLabel('Deuda a financiar').textContent()) ?? '').replace(/\D/g, ''));
  await dialog.getByLabel('Cuota inicial').fill(String(Math.ceil(debt * 0.5)));
  await dialog.getByLabel('Número de cuotas').fill('3');
  await expect(dialog.getByRole('table', { name: 'Plan de pagos' }).getByRole('row')).toHaveCount(4);
  await shot('79-arreglo-de-deuda');
  await dialog.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(dialog.getByLabel('Número de acuerdo')).toHaveText(/^ACP-\d{4}-\d{6}$/);
  const printed = await printAndRead(dialog.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  expect(printed.text).toContain('Arreglo de deuda');
  expect(printed.text).toContain('COPIA — SOPORTE');
});
