import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { cashierPage, openSession, pesos, scan, scanField } from './caja.page';
import { demoUser, expect, invokeFromPage, login, openScreen, test } from './fixtures';
import { type ArchivedPdf, archivedFrom, pdfPagePng } from './printed';

// A whole cash day (open, pay, void, corte) with its printed papers: close to a minute on a loaded machine.
test.describe.configure({ timeout: 150_000 });

/**
 * CAJA as the cashier works it: an asesor's coupon (made through the API, as RECAUDO would),
 * then the cashier, in another browser, opens the session, scans the coupon, pays in cash with
 * change and gets the receipt printed with its PAGADO stamp; a second payment is voided with a
 * supervisor's credentials; the corte de caja counts blind and records a shortage.
 */

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');
type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

async function api<T>(page: Page, name: string, input: unknown, session: string | null): Promise<T> {
  const answer = (await invokeFromPage(page, name, input, session)) as Answer<T>;
  if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

async function sessionOf(page: Page, username: string): Promise<string> {
  const { password } = demoUser(username);
  return (await api<{ sessionId: string }>(page, 'auth.login', { username, password }, null)).sessionId;
}

interface CouponMade {
  number: string;
  total: number;
  code: string;
}

/** The asesor's side: a CORTE + RECONEXIÓN factura for an active subscriber and a coupon for it. */
async function couponFor(page: Page, asesor: string, from: number): Promise<CouponMade> {
  const products = await api<{ id: number; name: string }[]>(page, 'products.list', {}, asesor);
  const productId = (name: string) => products.find((p) => p.name === name)!.id;
  for (let n = from; n < from + 40; n++) {
    const code = String(n);
    const subscriber = await api<{ status: string; owner: { id: number } }>(page, 'subscribers.view', { code }, asesor);
    if (subscriber.status !== 'ACTIVO') continue;
    const invoice = await api<{ number: string }>(
      page,
      'invoices.create',
      {
        requestKey: randomUUID(),
        paymentForm: 'CONTADO',
        subscriberCode: code,
        partyId: subscriber.owner.id,
        lines: ['CORTE', 'RECONEXIÓN DEL SERVICIO'].map((name) => ({ productId: productId(name), quantity: 1 })),
        observation: `Código ${code}, reconexión del servicio`,
      },
      asesor,
    );
    const owed = await api<{ items: { chargeId: number; reference: string | null }[] }>(page, 'coupons.owed', { code }, asesor);
    const item = owed.items.find((i) => i.reference === invoice.number)!;
    const coupon = await api<{ number: string; total: number }>(
      page,
      'coupons.create',
      { requestKey: randomUUID(), subscriberCode: code, chargeIds: [item.chargeId] },
      asesor,
    );
    return { ...coupon, code };
  }
  throw new Error(`Ningún suscriptor activo desde ${from}`);
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS, `${name}.png`), fullPage: true });
}

/** The PDF a print archived, from the path its outcome shows under the IMPRIMIR button. */
const archived = (scope: Locator, archiveDir: string): Promise<ArchivedPdf> =>
  archivedFrom(scope.getByRole('alert').filter({ hasText: 'archivado en' }), archiveDir);

const pdfPng = (pdf: string, name: string) => pdfPagePng(pdf, path.join(SCREENS, name));

/** Bills and coins adding up to `amount`, largest first, as the cashier would count them. */
function countFor(amount: number): Map<number, number> {
  const count = new Map<number, number>();
  let left = amount;
  for (const d of [100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50]) {
    count.set(d, Math.floor(left / d));
    left %= d;
  }
  if (left !== 0) throw new Error(`${amount} no se puede contar en billetes y monedas`);
  return count;
}

test('CAJA: open, scan, pay cash with change, PAGADO receipt; a void approved by a supervisor; corte with a shortage', async ({
  page,
  browser,
  office,
}) => {
  test.setTimeout(480_000);
  await page.goto('/');
  const asesor = await sessionOf(page, 'asesor');
  const first = await couponFor(page, asesor, 100_010);
  const second = await couponFor(page, asesor, Number(first.code) + 1);

  const { page: desk, problems } = await cashierPage(browser, office);
  await login(desk, 'cajero');
  // CAJA is the cashier's only module: Pago de cupón opens first, asking for the float.
  await expect(desk.getByRole('region', { name: 'Caja cerrada' })).toBeVisible();
  await shot(desk, 'caja-01-apertura');
  await openSession(desk, '100000');

  // A scanner on a US layout, or a person in lowercase: the number is read all the same.
  await scan(desk, first.number.toLowerCase().replace(/-/g, ' '));
  const coupon = desk.getByRole('region', { name: `Cupón ${first.number}` });
  await expect(coupon).toBeVisible();
  await expect(scanField(desk)).toHaveValue(first.number);
  await expect(coupon.getByLabel('Total del cupón')).toHaveText(new RegExp(pesos(first.total)));
  await expect(desk.getByLabel('Recibido')).toBeFocused();
  const handed = Math.ceil(first.total / 50_000) * 50_000 + 50_000;
  await desk.keyboard.type(String(handed));
  await expect(desk.getByLabel('Cambio', { exact: true })).toHaveText(new RegExp(pesos(handed - first.total)));
  await shot(desk, 'caja-02-cupon');
  await desk.keyboard.press('Enter');
  await expect(desk.getByRole('button', { name: 'REGISTRAR' })).toBeFocused();
  await desk.keyboard.press('Enter');

  const receiptNumber = desk.getByLabel('Número de recibo');
  await expect(receiptNumber).toHaveText(/^REC-\d{4}-\d{6}$/);
  const rec1 = (await receiptNumber.textContent())!;
  await expect(desk.getByLabel('Cambio a entregar')).toHaveText(new RegExp(pesos(handed - first.total)));
  const paid = desk.getByRole('region', { name: `Recibo ${rec1}` });
  const receiptPdf = await archived(paid, office.archiveDir);
  expect(receiptPdf.path).toContain(path.join('RECIBO', `${rec1}.pdf`));
  expect(receiptPdf.pages).toBe(2);
  expect(receiptPdf.pageSize).toContain('(letter)');
  for (const text of ['PAGADO', rec1, first.number, 'ORIGINAL — USUARIO', 'COPIA — CORTE DEL DÍA', 'CAMBIO']) {
    expect(receiptPdf.text).toContain(text);
  }
  expect(receiptPdf.text.match(/PAGADO/g)!.length).toBeGreaterThanOrEqual(2);
  expect(receiptPdf.text).toContain(demoUser('cajero').fullName);
  await shot(desk, 'caja-03-recibo');
  pdfPng(receiptPdf.path, 'caja-04-recibo-pdf');

  // Enter on "Siguiente cupón": the field again. The same coupon now says it is paid, and by which receipt.
  await expect(desk.getByRole('button', { name: 'Siguiente cupón' })).toBeFocused();
  await desk.keyboard.press('Enter');
  await scan(desk, first.number);
  await expect(desk.getByRole('alert').filter({ hasText: 'ya está PAGADO' })).toHaveText(
    new RegExp(`El cupón ${first.number} ya está PAGADO con el recibo ${rec1}\\.`),
  );
  await expect(desk.getByRole('button', { name: 'REGISTRAR' })).toHaveCount(0);
  await shot(desk, 'caja-05-cupon-pagado');

  // Unknown coupon and letters in an amount: said next to the field, nothing recorded.
  await scanField(desk).fill('');
  await scan(desk, 'CUP-2026-999999');
  await expect(desk.getByText('No existe el cupón CUP-2026-999999.')).toBeVisible();
  await scanField(desk).fill('');
  await scan(desk, second.number);
  await expect(desk.getByLabel('Recibido')).toBeFocused();
  await desk.getByLabel('Valor en efectivo').fill('noventa mil');
  await desk.getByRole('button', { name: 'REGISTRAR' }).click();
  await expect(desk.getByText('Valor: escriba un número')).toBeVisible();
  await desk.getByLabel('Valor en efectivo').fill(String(second.total));
  await desk.getByRole('button', { name: 'REGISTRAR' }).click();
  await expect(receiptNumber).not.toHaveText(rec1);
  const rec2 = (await receiptNumber.textContent())!;
  await archived(desk.getByRole('region', { name: `Recibo ${rec2}` }), office.archiveDir);

  // The second payment was a mistake: a supervisor approves its void with their own credentials.
  const list = desk.getByRole('table', { name: 'Recibos de la sesión' });
  await expect(list.getByRole('row')).toHaveCount(3);
  await list.getByRole('button', { name: `Anular ${rec2}` }).click();
  const voidForm = desk.getByRole('form', { name: `Anular recibo ${rec2}` });
  await voidForm.getByLabel('Motivo de la anulación').fill('Error');
  await voidForm.getByLabel('Usuario del supervisor').fill('cajero');
  await voidForm.getByLabel('Contraseña del supervisor').fill(demoUser('cajero').password);
  await voidForm.getByRole('button', { name: 'ANULAR' }).click();
  await expect(voidForm.getByText('Motivo: explique en al menos 10 caracteres')).toBeVisible();
  const reason = 'Se registró el cupón de otro suscriptor';
  await voidForm.getByLabel('Motivo de la anulación').fill(reason);
  await voidForm.getByRole('button', { name: 'ANULAR' }).click();
  // A cashier cannot approve: answered as wrong credentials, which tell nothing of who is a supervisor.
  await expect(voidForm.getByText('Usuario o contraseña del supervisor incorrectos')).toBeVisible();
  await voidForm.getByLabel('Usuario del supervisor').fill('supervisor');
  await voidForm.getByLabel('Contraseña del supervisor').fill(demoUser('supervisor').password);
  await shot(desk, 'caja-06-anulacion');
  await voidForm.getByLabel('Contraseña del supervisor').press('Enter');
  const voided = desk.getByRole('dialog', { name: `Recibo ${rec2} anulado` });
  await expect(voided).toBeVisible();
  const voidText = (await voided.getByRole('alert').first().textContent()) ?? '';
  const anr = /Anulación (ANR-\d{4}-\d{6})/.exec(voidText)?.[1];
  expect(anr).toBeTruthy();
  const voidPdf = await archived(voided, office.archiveDir);
  expect(voidPdf.path).toContain(path.join('ANULACION_RECIBO', `${anr}.pdf`));
  expect(voidPdf.pages).toBe(2);
  for (const text of [anr!, rec2, reason, 'ANULADO', demoUser('supervisor').fullName.toUpperCase()]) {
    expect(voidPdf.text).toContain(text);
  }
  pdfPng(voidPdf.path, 'caja-07-anulacion-pdf');
  await voided.getByRole('button', { name: 'Cerrar' }).click();
  await expect(list.getByRole('row', { name: `Recibo ${rec2}` })).toContainText('ANULADO');

  // Corte de caja: a blind count 2.000 short of the float plus the cash kept (the void is out).
  await openScreen(desk, 'CAJA', 'Corte de caja');
  const expected = 100_000 + first.total;
  const count = countFor(expected - 2_000);
  const grid = desk.getByRole('table', { name: 'Arqueo por denominación' });
  await expect(grid.getByLabel('Cantidad de $ 100.000')).toBeFocused();
  for (const quantity of count.values()) {
    if (quantity > 0) await desk.keyboard.type(String(quantity));
    await desk.keyboard.press('Enter');
  }
  await expect(desk.getByRole('button', { name: 'REGISTRAR ARQUEO' })).toBeFocused();
  await expect(grid.getByLabel('Total contado')).toHaveText(new RegExp(pesos(expected - 2_000)));
  // Blind: what the system expects is nowhere on screen before the count is registered.
  await expect(desk.getByText(/esperado/i)).toHaveCount(0);
  await shot(desk, 'caja-08-arqueo');
  await grid.getByLabel('Cantidad de $ 500').fill('-1');
  await expect(desk.getByText('Cantidad: no puede ser negativa')).toBeVisible();
  await grid.getByLabel('Cantidad de $ 500').fill(String(count.get(500) || ''));
  await desk.getByRole('button', { name: 'REGISTRAR ARQUEO' }).click();
  await desk.getByRole('dialog', { name: 'Registrar arqueo' }).getByRole('button', { name: 'REGISTRAR' }).click();

  const result = desk.getByRole('group', { name: 'Resultado del arqueo' });
  await expect(result.getByLabel('Efectivo esperado')).toHaveText(new RegExp(pesos(expected)));
  await expect(result.getByLabel('FALTANTE')).toHaveText(new RegExp(pesos(2_000)));
  await desk.getByRole('button', { name: 'CERRAR CAJA' }).click();
  await desk.getByRole('dialog', { name: 'Cerrar caja' }).getByRole('button', { name: 'CERRAR CAJA' }).click();
  await expect(desk.getByText('Observación: explique el sobrante o faltante')).toBeVisible();
  const note = 'Faltante de 2.000: billete entregado de más en un cambio';
  await desk.getByLabel('Observación').fill(note);
  await shot(desk, 'caja-09-faltante');
  await desk.getByRole('button', { name: 'CERRAR CAJA' }).click();
  await desk.getByRole('dialog', { name: 'Cerrar caja' }).getByRole('button', { name: 'CERRAR CAJA' }).click();

  const closeNumber = desk.getByLabel('Número del corte');
  await expect(closeNumber).toHaveText(/^CC-\d{4}-\d{6}$/);
  const cc = (await closeNumber.textContent())!;
  const closePdf = await archived(desk.getByRole('region', { name: `Corte de caja ${cc}` }), office.archiveDir);
  expect(closePdf.path).toContain(path.join('CORTE_CAJA', `${cc}.pdf`));
  expect(closePdf.pages).toBe(2);
  for (const text of [cc, 'FALTANTE', note, rec1, rec2, anr!, 'ORIGINAL — SUPERVISOR', 'COPIA — CAJERO']) {
    expect(closePdf.text).toContain(text);
  }
  expect(closePdf.text).toMatch(new RegExp(`FALTANTE ${pesos(2_000)}`));
  await shot(desk, 'caja-10-corte');
  pdfPng(closePdf.path, 'caja-11-corte-pdf');

  // Closed: no session, so Pago de cupón asks for a float again.
  await openScreen(desk, 'CAJA', 'Pago de cupón');
  await expect(desk.getByLabel('Base de caja')).toBeFocused();
  expect(problems).toEqual([]);
});

test('CAJA on an 80 mm roll workstation: the receipt prints narrow, one copy per page', async ({ page, browser, office }) => {
  test.setTimeout(360_000);
  await page.goto('/');
  const admin = await sessionOf(page, 'admin');
  const config = await api<{ documentPrinter: string; receiptPrinter: string; paper: string }>(
    page,
    'printing.config',
    {},
    admin,
  );
  await api(page, 'printing.setConfig', { ...pick(config), paper: 'ROLLO_80MM' }, admin);
  try {
    const coupon = await couponFor(page, await sessionOf(page, 'asesor'), 100_040);
    const { page: desk, problems } = await cashierPage(browser, office);
    await login(desk, 'cajero');
    const closed = desk.getByRole('region', { name: 'Caja cerrada' });
    await expect(closed.or(desk.getByRole('status', { name: 'Caja abierta' }))).toBeVisible();
    if (await closed.isVisible()) await openSession(desk, '50000');
    await scan(desk, coupon.number);
    await expect(desk.getByLabel('Recibido')).toBeFocused();
    await desk.keyboard.press('Enter');
    await desk.keyboard.press('Enter');
    const receiptNumber = desk.getByLabel('Número de recibo');
    await expect(receiptNumber).toHaveText(/^REC-/);
    const rec = (await receiptNumber.textContent())!;
    const pdf = await archived(desk.getByRole('region', { name: `Recibo ${rec}` }), office.archiveDir);
    expect(pdf.pages).toBe(2);
    // 80 mm × 297 mm: 226.8 × 841.9 points.
    expect(pdf.pageSize).toMatch(/^22[67](\.\d+)? x 84[12](\.\d+)? pts/);
    for (const text of ['PAGADO', rec, coupon.number, 'ORIGINAL — USUARIO', 'COPIA — CORTE DEL DÍA']) {
      expect(pdf.text).toContain(text);
    }
    pdfPng(pdf.path, 'caja-12-recibo-rollo-pdf');
    expect(problems).toEqual([]);
  } finally {
    await api(page, 'printing.setConfig', { ...pick(config) }, admin);
  }
});

function pick(config: { documentPrinter: string; receiptPrinter: string; paper: string }) {
  return { documentPrinter: config.documentPrinter, receiptPrinter: config.receiptPrinter, paper: config.paper };
}
