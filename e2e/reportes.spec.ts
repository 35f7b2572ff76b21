import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import type { DailyReport } from '../electron/core/contract/reports.contract';
import { formatMoney } from '../renderer/src/format/format';
import { demoUser, expect, invokeFromPage, login, openScreen, test } from './fixtures';
import { type Host, startHost } from './host';
import { pdfPagePng, printAndRead } from './printed';

/**
 * REPORTES → Informe diario on an office of its own (so the day's figures are only this
 * spec's): an asesor bills and issues coupons, a cashier collects, has one receipt voided by a
 * supervisor and closes short; then the supervisor reads the day, prints it and exports it.
 */

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

let office: Host;
test.beforeAll(async () => {
  office = await startHost({ demo: true, subscribers: 60 });
});
test.afterAll(async () => {
  await office.stop();
});

/** The core through the page's bridge, as a user of the office. */
function api(page: Page) {
  const call = async <T>(name: string, input: unknown, session: string | null): Promise<T> => {
    const answer = (await invokeFromPage(page, name, input, session)) as Answer<T>;
    if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
    return answer.data;
  };
  const as = async (username: string) => {
    const { password } = demoUser(username);
    const session = await call<{ sessionId: string; today: string }>('auth.login', { username, password }, null);
    return { today: session.today, call: <T>(name: string, input: unknown) => call<T>(name, input, session.sessionId) };
  };
  return { as };
}

type User = Awaited<ReturnType<ReturnType<typeof api>['as']>>;

/** A CORTE factura for a subscriber and a payment coupon for all of it. */
async function billAndCoupon(asesor: User, code: string, key: string) {
  const subscriber = await asesor.call<{ owner: { id: number } }>('subscribers.view', { code });
  const products = await asesor.call<{ id: number; name: string }[]>('products.list', {});
  const invoice = await asesor.call<{ number: string; total: number }>('invoices.create', {
    requestKey: `e2e-reportes-factura-${key}`,
    paymentForm: 'CONTADO',
    subscriberCode: code,
    partyId: subscriber.owner.id,
    lines: [{ productId: products.find((p) => p.name === 'CORTE')!.id, quantity: 1 }],
    observation: `Código ${code}, corte`,
  });
  const owed = await asesor.call<{ items: { chargeId: number; reference: string | null }[] }>('coupons.owed', { code });
  const charge = owed.items.find((i) => i.reference === invoice.number)!;
  return asesor.call<{ number: string; total: number }>('coupons.create', {
    requestKey: `e2e-reportes-cupon-${key}`,
    subscriberCode: code,
    chargeIds: [charge.chargeId],
  });
}

/** Bills and coins adding up to `amount` (a multiple of 50), largest first. */
function countOf(amount: number) {
  let rest = amount;
  return [100_000, 50_000, 20_000, 10_000, 5_000, 2_000, 1_000, 500, 200, 100, 50].map((denomination) => {
    const quantity = Math.floor(rest / denomination);
    rest -= quantity * denomination;
    return { denomination, quantity };
  });
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ');
const money = (amount: number) => oneLine(formatMoney(amount));

test('the supervisor reads the day, prints it and exports CSV and XLSX with the same totals', async ({ page, shot }) => {
  await page.goto(office.url);
  const { as } = api(page);

  const asesor = await as('asesor');
  const kept = await billAndCoupon(asesor, '100001', '1');
  const voided = await billAndCoupon(asesor, '100002', '2');

  const cajero = await as('cajero');
  await cajero.call('cash.open', { openingFloat: 100_000 });
  const paid = await cajero.call<{ number: string; total: number; change: number }>('cash.collect', {
    requestKey: 'e2e-reportes-pago-1',
    couponNumber: kept.number,
    tenders: [{ method: 'EFECTIVO', amount: kept.total, tendered: Math.ceil(kept.total / 10_000) * 10_000 }],
  });
  const card = await cajero.call<{ number: string }>('cash.collect', {
    requestKey: 'e2e-reportes-pago-2',
    couponNumber: voided.number,
    tenders: [{ method: 'TARJETA', amount: voided.total, reference: 'VOUCHER 4471' }],
  });
  const { password } = demoUser('supervisor');
  await cajero.call('cash.voidReceipt', {
    receiptNumber: card.number,
    reason: 'El datáfono rechazó la tarjeta después del pago',
    supervisorUsername: 'supervisor',
    supervisorPassword: password,
  });
  const expected = 100_000 + paid.total;
  const counted = Math.floor((expected - 5_000) / 50) * 50;
  await cajero.call('cash.declareCount', { count: countOf(counted) });
  await cajero.call('cash.close', { note: 'Faltante por revisar con el supervisor' });

  const supervisor = await as('supervisor');
  const daily = await supervisor.call<DailyReport>('reports.daily', { date: supervisor.today });
  expect(daily.totals).toMatchObject({ collected: paid.total, receipts: 1, voided: voided.total, voids: 1, coupons: 2 });
  expect(daily.totals.overShort).toBe(counted - expected);
  const [y, m, d] = supervisor.today.split('-');
  const shownDate = `${d}/${m}/${y}`;

  // The screen: today by default, totals and every section.
  await login(page, 'supervisor', password, office.url);
  await openScreen(page, 'REPORTES', 'Informe diario');
  const field = page.getByLabel('Fecha del informe');
  await expect(field).toHaveValue(shownDate);
  await expect(field).toBeFocused();
  const totals = page.getByRole('region', { name: 'Totales' });
  await expect(totals.getByRole('group', { name: 'Recaudado (sin anulados)' })).toContainText(money(paid.total));
  await expect(totals.getByRole('group', { name: /faltante \(−\) de caja/ })).toContainText(
    `Faltante ${money(expected - counted)}`,
  );
  await expect(page.getByRole('table', { name: 'Anulaciones' })).toContainText(card.number);
  await expect(page.getByRole('table', { name: 'Cajas' })).toContainText('Cerrada');
  await expect(page.getByRole('table', { name: 'Documentos por asesor' })).toContainText('Luz Dary Plaza');
  await shot('80-informe-diario');

  // A day that does not exist is refused next to the field; the day on screen stays.
  await field.fill('31/02/2026');
  await field.press('Enter');
  await expect(page.getByText('Fecha: el 31/02/2026 no existe')).toBeVisible();
  await field.fill(shownDate);
  await field.press('Enter');
  await expect(page.getByText('Fecha: el 31/02/2026 no existe')).toHaveCount(0);

  // IMPRIMIR: one copy archived as INF-<date>, with the day's totals.
  const printed = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  expect(printed.relative).toMatch(new RegExp(`^\\d{4}/\\d{2}/INFORME_DIARIO/INF-${supervisor.today}\\.pdf$`));
  expect(printed.pages).toBeGreaterThanOrEqual(1);
  pdfPagePng(printed.path, path.join(SCREENS, '81-informe-pdf'), 80);
  const text = oneLine(printed.text);
  for (const expectedText of [
    'INFORME DIARIO DE LA OFICINA',
    `INF-${supervisor.today}`,
    'ARLEY PERDOMO LOSADA',
    `Recaudado (sin anulados) 1 ${money(paid.total)}`,
    `Total anulado 1 recibo ${money(voided.total)}`,
    `Motivo: El datáfono rechazó la tarjeta después del pago`,
    `Observación: Faltante por revisar con el supervisor`,
    card.number,
  ]) {
    expect(text).toContain(expectedText);
  }

  // Exportar XLSX: the file parsed back holds the totals the core reported.
  const [xlsxDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportar XLSX' }).click(),
  ]);
  expect(xlsxDownload.suggestedFilename()).toBe(`informe-diario-${supervisor.today}.xlsx`);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(await xlsxDownload.path()) as unknown as ArrayBuffer);
  const rowOf = (sheet: string, label: string) => {
    const ws = workbook.getWorksheet(sheet)!;
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      if (row.getCell(1).value === label) return Array.from({ length: ws.columnCount }, (_, c) => row.getCell(c + 1).value);
    }
    throw new Error(`Sin fila ${label} en ${sheet}`);
  };
  const t = daily.totals;
  expect(rowOf('Totales', 'Recaudado (sin anulados)')).toEqual(['Recaudado (sin anulados)', t.receipts, t.collected]);
  expect(rowOf('Totales', 'Anulado')).toEqual(['Anulado', t.voids, t.voided]);
  expect(rowOf('Totales', 'Facturas')).toEqual(['Facturas', t.facturas, t.facturasTotal]);
  expect(rowOf('Totales', 'Cupones de pago')).toEqual(['Cupones de pago', t.coupons, t.couponsTotal]);
  expect(rowOf('Pagos por cajero y medio', 'Total recaudado')).toEqual(['Total recaudado', null, t.receipts, t.collected]);
  expect(rowOf('Cajas', 'Total')[6]).toBe(t.overShort);
  expect(workbook.getWorksheet('Anulaciones')!.getRow(2).getCell(2).value).toBe(card.number);

  // Exportar CSV: one file, BOM and semicolons, the same totals.
  const [csvDownload] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportar CSV' }).click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe(`informe-diario-${supervisor.today}.csv`);
  const csv = readFileSync(await csvDownload.path(), 'utf8');
  expect(csv.startsWith('\uFEFFInforme diario;')).toBe(true);
  expect(csv).toContain(`\r\nRecaudado (sin anulados);${t.receipts};${t.collected}\r\n`);
  expect(csv).toContain(`\r\nTotal recaudado;;${t.receipts};${t.collected}\r\n`);
  await expect(page.getByText(`Se descargó informe-diario-${supervisor.today}.csv.`)).toBeVisible();
  await shot('82-informe-exportado');

  // Tablero: the 30 days and today's money by method.
  await openScreen(page, 'REPORTES', 'Tablero');
  await expect(page.getByRole('region', { name: 'Recaudado por día — últimos 30 días' }).locator('svg').first()).toBeVisible();
  const methods = page.getByRole('region', { name: `Medios de pago del ${shownDate}` });
  await expect(methods).toContainText(`Efectivo${money(paid.total)}`);
  await expect(methods).toContainText(/Tarjeta\$\s0\s*0\s?%/);
  await expect(page.getByRole('region', { name: 'Facturas y cupones por día — últimos 30 días' })).toContainText(
    'Cupones de pago',
  );
  await shot('83-tablero');
});
