import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { archivedFrom, pdfPagePng, printAndRead } from './printed';
import { demoUser, login, openScreen, test } from './fixtures';
import { typeTramite } from './pqr.page';
import { apiAs, createInvoice } from './recaudo.page';

/**
 * Issue 11 as a new user found it: an office in Bogotá working at 21:57, on computers whose
 * clocks are far away. The host (core, print service, Chromium) runs with TZ=Pacific/Kiritimati
 * and the browser in that zone too, where it is already 16:57 of the next day (02:57 UTC).
 * Every date on screen, in the PDFs and in the export must be the office's: Tuesday 24/11/2026,
 * a little before ten at night.
 */

const FAR = 'Pacific/Kiritimati';
/** 21:57 on Tuesday 24/11/2026 in Bogotá. */
const BOGOTA_EVENING = '2026-11-25T02:57:00Z';
test.use({
  officeOptions: { demo: true, subscribers: 60, startAt: BOGOTA_EVENING, env: { TZ: FAR } },
  timezoneId: FAR,
});
test.describe.configure({ timeout: 240_000 });

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');
const OFFICE_DAY = '24/11/2026';
/** The office's hour while the spec runs (it starts at 21:57 and takes a few minutes). */
const HOUR = '(9:5\\d|10:[0-2]\\d)';
const EVENING = `${HOUR} p\\. m\\.`;
const EVENING_24H = '(21:5\\d|22:[0-2]\\d)';
/** Intl's no-break spaces and pdftotext's layout, read as single spaces. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ');

async function textOf(locator: Locator): Promise<string> {
  return oneLine((await locator.textContent()) ?? '');
}

/** A CORTE factura and a coupon for all of it, as RECAUDO would make them. */
async function couponToPay(page: Page, code: string): Promise<string> {
  const invoice = await createInvoice(page, code, ['COR']);
  const ask = await apiAs(page, 'asesor');
  const owed = await ask<{ items: { chargeId: number; reference: string | null }[] }>('coupons.owed', { code });
  const chargeId = owed.items.find((i) => i.reference === invoice.number)!.chargeId;
  const coupon = await ask<{ number: string }>('coupons.create', {
    requestKey: `e2e-zona-${code}`,
    subscriberCode: code,
    chargeIds: [chargeId],
  });
  return coupon.number;
}

/** Every date (dd/mm/aaaa) a text shows, once each, in order. */
const datesIn = (text: string) => [...new Set(text.match(/\b\d{2}\/\d{2}\/\d{4}\b/g))].sort();
/** Every hour of day a text shows ("9:57 p. m.", "9:57:21 p. m."). */
const hoursIn = (text: string) => text.match(/\b\d{1,2}:\d{2}(:\d{2})? [ap]\. m\./g) ?? [];

/** The PDF the cash desk archived on its own after REGISTRAR, read back. */
function readPdf(file: string): string {
  return oneLine(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
}

test('at 21:57 in Bogotá on computers in Kiritimati, the receipt, the cash day, the radicado, the informe diario and its export all say the office’s day and hour', async ({
  page,
  office,
  shot,
}) => {
  await page.goto('/');
  const couponNumber = await couponToPay(page, '100003');

  // CAJA: the cash day is the office's, the receipt's date and hour too, on screen and on paper.
  await login(page, 'cajero');
  await expect(page.getByLabel('Fecha', { exact: true })).toHaveText('martes, 24 de noviembre de 2026');
  await page.getByLabel('Base de caja').fill('100000');
  await page.getByLabel('Base de caja').press('Enter');
  const desk = page.getByRole('status', { name: 'Caja abierta' });
  await expect(desk).toContainText(`Día ${OFFICE_DAY}`);
  await page.getByLabel('Número del cupón').fill(couponNumber);
  await page.getByLabel('Número del cupón').press('Enter');
  await expect(page.getByLabel('Recibido')).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  const receiptNumber = (await page.getByLabel('Número de recibo').textContent())!;
  const receipt = page.getByRole('region', { name: `Recibo ${receiptNumber}` });
  expect(await textOf(receipt)).toMatch(new RegExp(`Fecha y hora ?${OFFICE_DAY}, ${EVENING}`));
  const printed = receipt.getByRole('alert').filter({ hasText: 'archivado en' });
  await expect(printed).toBeVisible({ timeout: 45_000 });
  const receiptPdf = (await archivedFrom(printed, office.archiveDir)).path;
  const receiptText = readPdf(receiptPdf);
  // The header, the payment's date and hour and the PAGADO stamp; 04/12/2026 is when the factura fell due.
  expect(receiptText).toMatch(new RegExp(`Fecha ${OFFICE_DAY}, ${EVENING}`));
  // The stamp is drawn turned, so its lines come out of the PDF among the payment's table: each on its own.
  expect(receiptText).toMatch(new RegExp(`FECHA ${OFFICE_DAY}`));
  expect(receiptText).toMatch(new RegExp(`HORA ${HOUR}:\\d\\d p\\. m\\.`));
  expect(datesIn(receiptText)).toEqual(['04/12/2026', OFFICE_DAY]);
  for (const hour of hoursIn(receiptText)) expect(hour).toMatch(new RegExp(`^${HOUR}(:\\d\\d)? p\\. m\\.$`));
  await shot('tz-01-recibo');
  pdfPagePng(receiptPdf, path.join(SCREENS, 'tz-02-recibo-pdf'));
  // Charged to the wrong subscriber: a supervisor approves its void, whose instant the informe lists.
  const cashier = await apiAs(page, 'cajero');
  await cashier('cash.voidReceipt', {
    receiptNumber,
    reason: 'Se cobró al suscriptor equivocado',
    supervisorUsername: 'supervisor',
    supervisorPassword: demoUser('supervisor').password,
  });

  // PQR → TRÁMITE: radicated today at the office, and so printed.
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await login(page, 'asesor');
  await typeTramite(page, { code: '100003', service: 'ACUEDUCTO', requestType: 'RECLAMO', cause: 'ALTO CONSUMO' });
  await expect(page.getByRole('textbox', { name: 'Observación' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'GUARDAR' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Número de radicado')).toHaveText(/^RAD-2026-\d{6}$/);
  await shot('tz-03-radicado');
  const solicitud = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  const solicitudText = oneLine(solicitud.text);
  expect(solicitudText).toMatch(new RegExp(`Fecha ${OFFICE_DAY}, ${EVENING}`));
  // Radicated on the office's day; answered 15 business days after it (8 December is a holiday).
  expect(solicitudText).toMatch(new RegExp(`FECHA DE RADICACIÓN ZONA MEDIO RAD-2026-\\d{6} ${OFFICE_DAY} FLORENCIA`));
  expect(solicitudText).toContain('a más tardar el 16/12/2026');
  expect(datesIn(solicitudText)).toEqual(['16/12/2026', OFFICE_DAY]);
  pdfPagePng(solicitud.path, path.join(SCREENS, 'tz-04-solicitud-pdf'));

  // REPORTES → Informe diario: the office's day by default, read at the office's hour, printed and exported.
  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await login(page, 'supervisor');
  await openScreen(page, 'REPORTES', 'Informe diario');
  await expect(page.getByLabel('Fecha del informe')).toHaveValue(OFFICE_DAY);
  await expect(page.getByText(/cifras leídas el/)).toHaveText(
    new RegExp(`Informe del martes, 24 de noviembre de 2026 · cifras leídas el ${OFFICE_DAY}, ${EVENING}`),
  );
  expect(await textOf(page.getByRole('table', { name: 'Anulaciones' }))).toMatch(new RegExp(`${OFFICE_DAY}, ${EVENING}`));
  await shot('tz-05-informe');
  const informe = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }), office.archiveDir);
  expect(informe.path).toContain('INF-2026-11-24.pdf');
  const informeText = oneLine(informe.text);
  expect(informeText).toContain('martes, 24 de noviembre de 2026');
  expect(informeText).toMatch(new RegExp(`${OFFICE_DAY}, ${EVENING}`));
  pdfPagePng(informe.path, path.join(SCREENS, 'tz-06-informe-pdf'));

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exportar CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('informe-diario-2026-11-24.csv');
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain(`Informe diario;${OFFICE_DAY}\r\n`);
  expect(csv).toMatch(new RegExp(`\\r\\nGenerado el;${OFFICE_DAY} ${EVENING_24H}\\r\\n`));
  // The void, tonight in the office's hour.
  expect(csv).toMatch(new RegExp(`${receiptNumber};[^\\r]*;${OFFICE_DAY} ${EVENING_24H};Se cobró al suscriptor equivocado`));
  await shot('tz-07-exportado');
});
