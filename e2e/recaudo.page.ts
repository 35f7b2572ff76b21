import { expect, type Locator, type Page } from '@playwright/test';
import { demoUser, invokeFromPage, openScreen } from './fixtures';

/** RECAUDO → ABONO as the asesor works it, and the PDFs its IMPRIMIR archives. */

/** Procedures called as the renderer calls them, logged in as `username` (a factura to pay, say). */
export async function apiAs(page: Page, username: string) {
  const login = (await invokeFromPage(page, 'auth.login', { username, password: demoUser(username).password }, null)) as {
    data: { sessionId: string };
  };
  return async <T>(name: string, input: unknown): Promise<T> => {
    const answer = (await invokeFromPage(page, name, input, login.data.sessionId)) as { ok: boolean; data: T; error?: unknown };
    if (!answer.ok) throw new Error(`${name}: ${JSON.stringify(answer.error)}`);
    return answer.data;
  };
}

/** A CONTADO factura for the subscriber's titular, created the way FACTURA saves one. */
export async function createInvoice(
  page: Page,
  code: string,
  productCodes: string[],
): Promise<{ number: string; total: number }> {
  const ask = await apiAs(page, 'asesor');
  const view = await ask<{ owner: { id: number } }>('subscribers.view', { code });
  const products = await ask<{ id: number; code: string }[]>('products.list', {});
  return ask('invoices.create', {
    requestKey: `e2e-recaudo-${code}-${Date.now()}`,
    paymentForm: 'CONTADO',
    subscriberCode: code,
    partyId: view.owner.id,
    lines: productCodes.map((c) => ({ productId: products.find((p) => p.code === c)!.id, quantity: 1 })),
    observation: `Código ${code} · reconexión`,
  });
}

export interface Owed {
  subscriber: { code: string; ownerName: string };
  items: { chargeId: number; concept: string; outstanding: number }[];
  total: number;
}

/** The first subscriber from `from` (up to `to`) owing at least `count` debts in the demo office. */
export async function findDebtor(
  ask: Awaited<ReturnType<typeof apiAs>>,
  from: number,
  to: number,
  count: number,
): Promise<{ code: string; owed: Owed }> {
  for (let c = from; c < to; c++) {
    const owed = await ask<Owed>('coupons.owed', { code: String(c) });
    if (owed.items.length >= count) return { code: String(c), owed };
  }
  throw new Error(`Ningún suscriptor entre ${from} y ${to} debe ${count} deudas`);
}

/** Seed 001 steps 16–20: RECAUDO → ABONO, tipo CÓDIGO, the código, BUSCAR SUSCRIPTORES: its debts at once. */
export async function openDebtsOf(page: Page, code: string): Promise<Locator> {
  await openScreen(page, 'RECAUDO', 'ABONO A FACTURA O FINANCIACIÓN');
  await page.getByLabel('Tipo de búsqueda').selectOption('CODIGO');
  const text = page.getByLabel('Código a buscar');
  await text.fill(code);
  await page.getByRole('button', { name: 'BUSCAR SUSCRIPTORES' }).click();
  const debts = page.getByRole('table', { name: 'Deudas del suscriptor' });
  await expect(debts).toBeVisible();
  await expect(page.getByLabel('Valor a pagar')).toBeFocused();
  await expect(page.getByRole('table', { name: 'Suscriptores encontrados' })).toHaveCount(0);
  return debts;
}

/** Whole pesos as the screens and documents print them ("$ 90.800", any space after the sign). */
export const pesos = (n: number) => new RegExp(`\\$\\s?${n.toLocaleString('es-CO').replace(/\./g, '\\.')}(?!\\d)`);
