import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { demoUser, expect, invokeFromPage, login, openScreen, test } from './fixtures';
import { pdfPagePng, printAndRead } from './factura.page';

const SCREENS = path.join(import.meta.dirname, 'artifacts', 'screens');

/**
 * Trabajo de campo, seed 001 steps 33–36: a paid reconnection radicated (through the API, as the
 * counter would), then the supervisor assigns it, prints the work order, types in the field
 * report with a photo of 1.5 MB and its materials (the subscriber is ACTIVO again, the trámite
 * CERRADO), and ALMACÉN invoices the materials and prints that factura.
 */

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

async function api<T>(page: Page, name: string, input: unknown, session: string | null): Promise<T> {
  const answer = (await invokeFromPage(page, name, input, session)) as Answer<T>;
  if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

const sessionOf = async (page: Page, username: string) =>
  (await api<{ sessionId: string }>(page, 'auth.login', { username, password: demoUser(username).password }, null)).sessionId;

/** A CORTADO subscriber's reconnection: factura, coupon paid at CAJA, trámite radicated. */
async function paidReconnection(page: Page): Promise<{ code: string; filingNumber: string }> {
  const asesor = await sessionOf(page, 'asesor');
  const cajero = await sessionOf(page, 'cajero');
  const products = await api<{ id: number; name: string }[]>(page, 'products.list', {}, asesor);
  const productId = (name: string) => products.find((p) => p.name === name)!.id;
  let found: { code: string; ownerId: number } | null = null;
  for (let n = 100_150; n < 100_300 && !found; n++) {
    const view = await api<{ status: string; owner: { id: number } }>(page, 'subscribers.view', { code: String(n) }, asesor);
    if (view.status === 'CORTADO') found = { code: String(n), ownerId: view.owner.id };
  }
  if (!found) throw new Error('Ningún suscriptor CORTADO en el padrón de demostración');
  const { code, ownerId } = found;
  const invoice = await api<{ number: string }>(
    page,
    'invoices.create',
    {
      requestKey: randomUUID(),
      paymentForm: 'CONTADO',
      subscriberCode: code,
      partyId: ownerId,
      lines: ['CORTE', 'RECONEXIÓN DEL SERVICIO'].map((name) => ({ productId: productId(name), quantity: 1 })),
      observation: `Código ${code}, reconexión del servicio`,
    },
    asesor,
  );
  const owed = await api<{ items: { chargeId: number; reference: string | null }[] }>(page, 'coupons.owed', { code }, asesor);
  const chargeId = owed.items.find((i) => i.reference === invoice.number)!.chargeId;
  const coupon = await api<{ number: string; total: number }>(
    page,
    'coupons.create',
    { requestKey: randomUUID(), subscriberCode: code, chargeIds: [chargeId] },
    asesor,
  );
  const desk = await api<{ session: unknown }>(page, 'cash.current', {}, cajero);
  if (!desk.session) await api(page, 'cash.open', { openingFloat: 100_000 }, cajero);
  await api(
    page,
    'cash.collect',
    {
      requestKey: randomUUID(),
      couponNumber: coupon.number,
      tenders: [{ method: 'EFECTIVO', amount: coupon.total, tendered: coupon.total }],
    },
    cajero,
  );
  const catalog = await api<{
    zones: { id: number; name: string }[];
    channels: { id: number; name: string }[];
    requestTypes: { id: number; name: string }[];
    causes: { id: number; name: string; service: string }[];
  }>(page, 'pqr.catalog', {}, asesor);
  const request = await api<{ filingNumber: string }>(
    page,
    'pqr.create',
    {
      requestKey: randomUUID(),
      zoneId: catalog.zones.find((z) => z.name === 'FLORENCIA')!.id,
      channelId: catalog.channels.find((c) => c.name === 'PERSONAL')!.id,
      subscriberCode: code,
      partyId: ownerId,
      service: 'ACUEDUCTO',
      requestTypeId: catalog.requestTypes.find((t) => t.name === 'PETICIÓN')!.id,
      causeId: catalog.causes.find((c) => c.name === 'RECONEXIÓN DEL SERVICIO' && c.service === 'ACUEDUCTO')!.id,
      observation: `Código ${code}: reconexión, factura ${invoice.number} pagada`,
    },
    asesor,
  );
  return { code, filingNumber: request.filingNumber };
}

/** A JPEG of `bytes` bytes (its header and filler): what a phone camera hands over. */
function jpeg(bytes: number): Buffer {
  const data = Buffer.alloc(bytes, 0x5a);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0]).copy(data);
  return data;
}

test('seed 001 steps 33–36: assign, print the work order, type in the report with a photo, ACTIVO again, ALMACÉN invoices the materials', async ({
  page,
  office,
  shot,
}) => {
  await page.goto('/');
  const { code, filingNumber } = await paidReconnection(page);

  await login(page, 'supervisor');
  await openScreen(page, 'PQR', 'Trabajo de campo');
  const queue = page.getByRole('table', { name: 'Trámites por asignar' });
  const row = queue.getByRole('row').filter({ hasText: filingNumber });
  await row.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Contratista' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Instrucciones')).toBeFocused();
  await page.keyboard.type('Retirar el sello del registro y verificar el medidor');
  await page.keyboard.press('Enter');

  const orderNumber = page.getByLabel('Número de la orden de trabajo');
  await expect(orderNumber).toHaveText(/^OT-\d{4}-\d{6}$/);
  const number = (await orderNumber.textContent())!;
  const imprimir = page.getByRole('button', { name: 'IMPRIMIR ORDEN' });
  await expect(imprimir).toBeFocused();
  const pdf = await printAndRead(imprimir);
  pdfPagePng(pdf.path, path.join(SCREENS, 'campo-orden-pdf'));
  expect(pdf.path).toContain(path.join('ORDEN_TRABAJO', `${number}.pdf`));
  expect(pdf.pages).toBe(2);
  for (const text of [
    'ORDEN DE TRABAJO',
    'R-07-010',
    number,
    filingNumber,
    code,
    'RECONEXIÓN DEL SERVICIO',
    'ORIGINAL — USUARIO',
    'COPIA — SOPORTE',
  ]) {
    expect(pdf.text).toContain(text);
  }
  expect(pdf.text).toContain('Retirar el sello del registro');
  await shot('campo-01-asignada');

  await page.getByRole('button', { name: `Registrar informe de ${number}` }).click();
  const dialog = page.getByRole('form', { name: `Registrar informe de ${number}` });
  await expect(dialog.getByLabel('Fecha de la visita')).toBeFocused();
  await dialog.getByLabel('Hallazgos').fill('Registro cerrado con sello de suspensión; medidor en buen estado');
  await dialog.getByLabel('Acciones realizadas').fill('Se retiró el sello, se cambió el registro de paso y se abrió el servicio');
  await dialog.getByLabel('Lectura del medidor').fill('1532');
  await dialog.getByLabel('Sí').check();
  await dialog.getByRole('combobox', { name: 'Material' }).click();
  await page.keyboard.type('registro de paso');
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Cantidad')).toBeFocused();
  await page.keyboard.press('Enter');
  await dialog
    .getByLabel('Archivos de fotos')
    .setInputFiles({ name: 'registro abierto.jpg', mimeType: 'image/jpeg', buffer: jpeg(1_500_000) });
  await expect(dialog.getByText('registro abierto.jpg')).toBeVisible();
  await shot('campo-02-informe');
  await dialog.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'guardado' })).toContainText(
    `Trámite ${filingNumber} CERRADO. Suscriptor ${code}: ACTIVO.`,
  );

  const civil = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Bogota' }).format(new Date());
  const [year, month] = civil.split('-');
  const archived = path.join(office.archiveDir, year!, month!, 'SOPORTES', filingNumber, '1-registro_abierto.jpg');
  expect(existsSync(archived)).toBe(true);
  expect(readFileSync(archived).length).toBe(1_500_000);

  await page.getByRole('button', { name: 'Cerrar sesión' }).click();
  await login(page, 'almacen');
  await openScreen(page, 'SUSCRIPTOR', 'Materiales por facturar');
  const pending = page
    .getByRole('table', { name: 'Informes con materiales por facturar' })
    .getByRole('row')
    .filter({ hasText: number });
  await pending.click();
  await page.getByRole('button', { name: 'FACTURAR' }).click();
  const invoiceNumber = page.getByLabel('Número de factura');
  await expect(invoiceNumber).toHaveText(/^FAC-\d{4}-\d{6} · \$/);
  const invoice = /^(FAC-\d{4}-\d{6})/.exec((await invoiceNumber.textContent())!)![1]!;
  const factura = await printAndRead(page.getByRole('button', { name: 'IMPRIMIR', exact: true }));
  expect(factura.pages).toBe(2);
  for (const text of [invoice, 'CAMBIO DE REGISTRO DE PASO', filingNumber]) expect(factura.text).toContain(text);
  await shot('campo-03-materiales-facturados');
});
