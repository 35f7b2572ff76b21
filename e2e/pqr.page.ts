import { randomUUID } from 'node:crypto';
import { expect, type Page } from '@playwright/test';
import { demoUser, invokeFromPage, openScreen } from './fixtures';

/** PQR → TRÁMITE as the asesor types it, and the steps of seed 001 before it (through the API). */

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

export async function api<T>(page: Page, name: string, input: unknown, session: string | null): Promise<T> {
  const answer = (await invokeFromPage(page, name, input, session)) as Answer<T>;
  if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
  return answer.data;
}

export const sessionOf = async (page: Page, username: string) =>
  (await api<{ sessionId: string }>(page, 'auth.login', { username, password: demoUser(username).password }, null)).sessionId;

/** A subscriber of the demo office in `status` (CORTADO: the one a reconnection is for). */
export async function subscriberIn(page: Page, status: string, from = 100_150): Promise<{ code: string; ownerId: number }> {
  const asesor = await sessionOf(page, 'asesor');
  for (let n = from; n < from + 200; n++) {
    const view = await api<{ status: string; owner: { id: number } }>(page, 'subscribers.view', { code: String(n) }, asesor);
    if (view.status === status) return { code: String(n), ownerId: view.owner.id };
  }
  throw new Error(`Ningún suscriptor ${status} en el padrón de demostración`);
}

/** Seed 001 steps 1–15: the reconnection factura (CORTE, RECONEXIÓN DEL SERVICIO), not yet paid. */
export async function reconnectionInvoice(page: Page, code: string, ownerId: number): Promise<{ number: string }> {
  const asesor = await sessionOf(page, 'asesor');
  const products = await api<{ id: number; name: string }[]>(page, 'products.list', {}, asesor);
  const productId = (name: string) => products.find((p) => p.name === name)!.id;
  return api(
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
}

/** Seed 001 steps 16–23: its coupon, paid in cash at CAJA. */
export async function payInvoice(page: Page, code: string, invoiceNumber: string): Promise<void> {
  const asesor = await sessionOf(page, 'asesor');
  const cajero = await sessionOf(page, 'cajero');
  const owed = await api<{ items: { chargeId: number; reference: string | null }[] }>(page, 'coupons.owed', { code }, asesor);
  const chargeId = owed.items.find((i) => i.reference === invoiceNumber)!.chargeId;
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
}

export interface TramiteTyped {
  code: string;
  service: string;
  requestType: string;
  cause: string;
  /** As the Solicitante list reads; the titular unless told. */
  applicant?: string;
}

/** Picks an entry of a native list the way the keyboard does, then Enter to move on. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const list = page.getByLabel(label, { exact: true });
  await expect(list).toBeFocused();
  await list.selectOption({ label: option });
  await page.keyboard.press('Enter');
}

/**
 * Seed 001 steps 24–29 / seed 002 steps 3–9: zona, medio, código + Enter (the titular is the
 * tercero, the focus goes on to servicio), servicio, tipo de trámite, causal, solicitante (seed
 * 004). Leaves the focus where the form goes next: the first document of the checklist, if any.
 */
export async function typeTramite(page: Page, t: TramiteTyped): Promise<void> {
  await openScreen(page, 'PQR', 'TRÁMITE');
  await choose(page, 'Zona', 'FLORENCIA');
  await choose(page, 'Medio', 'PERSONAL');
  const code = page.getByLabel('Código del suscriptor');
  await expect(code).toBeFocused();
  await page.keyboard.type(t.code);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status', { name: 'Tercero elegido' })).toContainText('Titular');
  await choose(page, 'Servicio', t.service);
  await choose(page, 'Tipo de trámite', t.requestType);
  await choose(page, 'Causal', t.cause);
  await choose(page, 'Solicitante', t.applicant ?? 'Titular');
}

/** Today at the office (YYYY-MM-DD), as its core says: the test clock's day, not the computer's. */
export async function officeToday(page: Page): Promise<string> {
  const admin = await sessionOf(page, 'admin');
  return (await api<{ today: string }>(page, 'auth.session', {}, admin)).today;
}

/**
 * PQR → Trabajo de campo (seed 001 step 33, seed 002 step 14): the trámite from the queue,
 * the first contratista, the instructions, Enter. Returns the work order's number.
 */
export async function assignWithKeyboard(page: Page, filingNumber: string, instructions: string): Promise<string> {
  await openScreen(page, 'PQR', 'Trabajo de campo');
  const queue = page.getByRole('table', { name: 'Trámites por asignar' });
  await queue.getByRole('row').filter({ hasText: filingNumber }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('combobox', { name: 'Contratista' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Instrucciones')).toBeFocused();
  await page.keyboard.type(instructions);
  await page.keyboard.press('Enter');
  const orderNumber = page.getByLabel('Número de la orden de trabajo');
  await expect(orderNumber).toHaveText(/^OT-\d{4}-\d{6}$/);
  await expect(page.getByRole('button', { name: 'IMPRIMIR ORDEN' })).toBeFocused();
  return (await orderNumber.textContent())!;
}

export interface FieldReportTyped {
  findings: string;
  actions: string;
  reading?: string;
  material?: string;
  photo?: { name: string; mimeType: string; buffer: Buffer };
}

/** The informe de terreno typed in from the open order (seed 001 step 34, seed 002 step 15). */
export async function typeFieldReport(page: Page, orderNumber: string, report: FieldReportTyped): Promise<void> {
  await page.getByRole('button', { name: `Registrar informe de ${orderNumber}` }).click();
  const dialog = page.getByRole('form', { name: `Registrar informe de ${orderNumber}` });
  await expect(dialog.getByLabel('Fecha de la visita')).toBeFocused();
  await dialog.getByLabel('Hallazgos').fill(report.findings);
  await dialog.getByLabel('Acciones realizadas').fill(report.actions);
  if (report.reading) await dialog.getByLabel('Lectura del medidor').fill(report.reading);
  await dialog.getByLabel('Sí').check();
  if (report.material) {
    await dialog.getByRole('combobox', { name: 'Material' }).click();
    await page.keyboard.type(report.material);
    await page.keyboard.press('Enter');
    await expect(dialog.getByLabel('Cantidad')).toBeFocused();
    await page.keyboard.press('Enter');
  }
  if (report.photo) {
    await dialog.getByLabel('Archivos de fotos').setInputFiles(report.photo);
    await expect(dialog.getByText(report.photo.name)).toBeVisible();
  }
}

/** PQR → Respuestas (seed 002 steps 16–17): a decision template, the text as edited, GUARDAR. */
export async function respondWithTemplate(page: Page, filingNumber: string, template: string): Promise<string> {
  await openScreen(page, 'PQR', 'Respuestas');
  await page.getByRole('table', { name: 'Trámites por responder' }).getByRole('row').filter({ hasText: filingNumber }).click();
  const form = page.getByRole('form', { name: `Respuesta al trámite ${filingNumber}` });
  await form.getByRole('combobox', { name: 'Plantilla de respuesta' }).click();
  await page.getByRole('option', { name: template }).click();
  await expect(form.getByLabel('Texto de la respuesta')).toHaveValue(new RegExp(filingNumber));
  await form.getByRole('button', { name: 'GUARDAR' }).click();
  const saved = page.getByText(/Oficio de respuesta OFI-\d{4}-\d{6} guardado/);
  await expect(saved).toBeVisible();
  return /OFI-\d{4}-\d{6}/.exec((await saved.textContent())!)![0];
}

/**
 * PQR → Notificaciones (seed 002 steps 18–19): the personal notification fails, then the
 * edicto is posted for 10 business days (the test clock's day is a business day).
 */
export async function failedPersonalThenEdict(page: Page, filingNumber: string): Promise<void> {
  await openScreen(page, 'PQR', 'Notificaciones');
  await page.getByRole('table', { name: 'Trámites por notificar' }).getByRole('row').filter({ hasText: filingNumber }).click();
  const notify = page.getByRole('form', { name: 'Registrar notificación' });
  const history = page.getByRole('table', { name: 'Notificaciones del trámite' });
  await notify.getByLabel('No se logró').check();
  await notify.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(notify.getByText('Observación: diga por qué no se pudo notificar')).toBeVisible();
  await notify
    .getByLabel('Observación: por qué no se pudo notificar')
    .fill('Predio cerrado en dos visitas; vecinos no dan razón');
  await notify.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(history).toContainText('Fallido');
  await notify.getByRole('combobox', { name: 'Medio de notificación' }).click();
  await page.getByRole('option', { name: 'Edicto' }).click();
  await notify.getByRole('button', { name: 'GUARDAR' }).click();
  await expect(history).toContainText(/EDI-\d{4}-\d{6}: fijado el .*, se desfija el/);
  await expect(page.getByRole('button', { name: /^DESFIJAR desde el/ })).toBeDisabled();
}
