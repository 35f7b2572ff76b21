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
}

/** Picks an entry of a native list the way the keyboard does, then Enter to move on. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const list = page.getByLabel(label, { exact: true });
  await expect(list).toBeFocused();
  await list.selectOption({ label: option });
  await page.keyboard.press('Enter');
}

/**
 * Seed 001 steps 24–29 / seed 002 steps 3–9: zona, medio, código + Enter, the titular kept with
 * Enter, servicio, tipo de trámite, causal. Leaves the focus where the form goes next.
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
  await expect(page.getByLabel('Número de documento del tercero')).toBeFocused();
  await page.keyboard.press('Enter');
  await choose(page, 'Servicio', t.service);
  await choose(page, 'Tipo de trámite', t.requestType);
  await choose(page, 'Causal', t.cause);
}
