import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { demoUser, expect, invokeFromPage, login, openScreen, test } from './fixtures';
import { type Host, startHost } from './host';

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

let office: Host;
test.beforeAll(async () => {
  office = await startHost({ demo: true, subscribers: 60 });
});
test.afterAll(async () => {
  await office.stop();
});

/** A user of the office calling the core through the page's bridge. */
async function as(page: Page, username: string) {
  const { password } = demoUser(username);
  const call = async <T>(name: string, input: unknown, session: string | null): Promise<T> => {
    const answer = (await invokeFromPage(page, name, input, session)) as Answer<T>;
    if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
    return answer.data;
  };
  const session = await call<{ sessionId: string; today: string }>('auth.login', { username, password }, null);
  return { today: session.today, call: <T>(name: string, input: unknown) => call<T>(name, input, session.sessionId) };
}

/** A CORTE factura for 100020, its coupon, paid at CAJA half in cash and half by card. */
async function collectPayment(page: Page) {
  const asesor = await as(page, 'asesor');
  const code = '100020';
  const subscriber = await asesor.call<{ owner: { id: number } }>('subscribers.view', { code });
  const products = await asesor.call<{ id: number; name: string }[]>('products.list', {});
  const invoice = await asesor.call<{ number: string }>('invoices.create', {
    requestKey: 'e2e-export-factura',
    paymentForm: 'CONTADO',
    subscriberCode: code,
    partyId: subscriber.owner.id,
    lines: [{ productId: products.find((p) => p.name === 'CORTE')!.id, quantity: 1 }],
    observation: `Código ${code}, corte`,
  });
  const owed = await asesor.call<{ items: { chargeId: number; reference: string | null }[] }>('coupons.owed', { code });
  const coupon = await asesor.call<{ number: string; total: number }>('coupons.create', {
    requestKey: 'e2e-export-cupon',
    subscriberCode: code,
    chargeIds: [owed.items.find((i) => i.reference === invoice.number)!.chargeId],
  });
  const cajero = await as(page, 'cajero');
  await cajero.call('cash.open', { openingFloat: 100_000 });
  const card = 10_000;
  const receipt = await cajero.call<{ number: string }>('cash.collect', {
    requestKey: 'e2e-export-pago',
    couponNumber: coupon.number,
    tenders: [
      { method: 'EFECTIVO', amount: coupon.total - card, tendered: coupon.total - card },
      { method: 'TARJETA', amount: card, reference: 'VOUCHER 4410' },
    ],
  });
  return { code, invoice, coupon, receipt, card };
}

test("the supervisor exports the day's payments in CSV and in XLSX, and both read back", async ({ page, shot }) => {
  await page.goto(office.url);
  const paid = await collectPayment(page);
  const supervisor = await as(page, 'supervisor');
  const daily = await supervisor.call<{ totals: { collected: number } }>('reports.daily', { date: supervisor.today });

  await login(page, 'supervisor', undefined, office.url);
  await openScreen(page, 'REPORTES', 'Exportar');
  await expect(page.getByRole('textbox', { name: 'Fecha' })).toHaveValue(supervisor.today);

  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'EXPORTAR' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe(`pagos-${supervisor.today}.csv`);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.startsWith('\uFEFFFecha;Hora;Recibo;Estado;')).toBe(true);
  const rows = csv
    .slice(1)
    .split('\r\n')
    .filter(Boolean)
    .map((line) => line.split(';'));
  const header = rows[0]!;
  const mine = rows.find((r) => r[header.indexOf('Recibo')] === paid.receipt.number)!;
  expect(mine[header.indexOf('Código')]).toBe(paid.code);
  expect(mine[header.indexOf('Medios de pago')]).toBe('Efectivo + Tarjeta');
  expect(mine[header.indexOf('Tarjeta')]).toBe(String(paid.card));
  expect(mine[header.indexOf('Documento')]).toBe(paid.invoice.number);
  expect(mine[header.indexOf('Valor pagado')]).toBe(String(paid.coupon.total));
  const collected = rows
    .slice(1)
    .filter((r) => r[header.indexOf('Estado')] === 'PAGADO')
    .reduce((sum, r) => sum + Number(r[header.indexOf('Valor pagado')]), 0);
  expect(collected).toBe(daily.totals.collected);
  await expect(page.getByRole('status')).toHaveText(new RegExp(`Se descargó pagos-${supervisor.today}\\.csv`));

  await page.getByLabel('XLSX (Excel)').check();
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'EXPORTAR' }).click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toBe(`pagos-${supervisor.today}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await xlsxDownload.path()) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Pagos')!;
  const headers = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(headers).toEqual(header);
  expect(sheet.getRow(1).font?.bold).toBe(true);
  const row = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2)).find(
    (r) => r.getCell(header.indexOf('Recibo') + 1).value === paid.receipt.number,
  )!;
  expect(row.getCell(1).value).toEqual(new Date(`${supervisor.today}T00:00:00Z`));
  expect(row.getCell(header.indexOf('Valor pagado') + 1).value).toBe(paid.coupon.total);
  expect(row.getCell(header.indexOf('Tarjeta') + 1).value).toBe(paid.card);
  await shot('90-exportar-pagos');
});

test('the coordinador de PQR may export only trámites; a reversed period is refused on Hasta', async ({ page }) => {
  await login(page, 'coordinador', undefined, office.url);
  await openScreen(page, 'REPORTES', 'Exportar');
  await page.getByLabel('Qué exportar').click();
  await expect(page.getByRole('option')).toHaveText(['Trámites de un periodo']);
  await page.keyboard.press('Escape');
  await page.getByLabel('Desde').fill('2026-12-31');
  await page.getByRole('button', { name: 'EXPORTAR' }).click();
  await expect(page.getByText('Hasta: no puede ser anterior a Desde')).toBeVisible();
});
