import type { CouponStatus } from '../../../db/schema/enums';
import { addDays } from '../calendar/civil';
import type { Ctx } from '../context';
import { actor, nowIso, today } from '../context';
import type { CouponView, OwedItem } from '../contract/coupons.contract';
import { AppError, invalidField, notFound } from '../errors';
import { getPartyRow } from '../parties/parties.service';
import { nextNumber } from '../sequences/sequences';
import { getSetting } from '../settings/settings';
import { prepared } from '../statements';
import { getByCode } from '../subscribers/subscribers.service';
import { COUPON_HEADER, COUPON_INVOICES, COUPON_ITEMS, OPEN_CHARGES } from './coupons.queries';

/** Every debt of a subscriber that still owes something, oldest first, as RECAUDO lists it. */
export function owedItems(ctx: Ctx, subscriberId: number): OwedItem[] {
  const day = today(ctx);
  const rows = prepared(ctx.sqlite, OPEN_CHARGES).all(subscriberId) as Omit<OwedItem, 'overdue'>[];
  return rows.map((r) => ({ ...r, overdue: r.dueOn !== null && r.dueOn < day }));
}

export function owedBy(ctx: Ctx, code: string) {
  const subscriber = getByCode(ctx, code);
  const items = owedItems(ctx, subscriber.id);
  return {
    subscriber,
    items,
    total: items.reduce((t, i) => t + i.outstanding, 0),
    overdue: items.filter((i) => i.overdue).reduce((t, i) => t + i.outstanding, 0),
  };
}

/**
 * How a payment of `amount` spreads over the chosen debts: oldest first, each paid in full
 * before the next, the last one partly. The same rule serves coupons and their receipts.
 */
export function allocateOldestFirst<T extends { outstanding: number }>(
  debts: T[],
  amount: number,
): { debt: T; amount: number }[] {
  const out: { debt: T; amount: number }[] = [];
  let left = amount;
  for (const debt of debts) {
    if (left <= 0) break;
    const take = Math.min(left, debt.outstanding);
    if (take > 0) out.push({ debt, amount: take });
    left -= take;
  }
  return out;
}

export interface CreateCoupon {
  requestKey: string;
  subscriberCode: string;
  partyId?: number;
  chargeIds: number[];
  amount?: number;
}

/**
 * GENERAR → OK on RECAUDO → ABONO: a numbered coupon for the chosen debts (or an abono over
 * them, oldest first), valid for the configured days. Nothing is posted to the ledger until
 * CAJA collects it. The same request key twice returns the first coupon.
 */
export function createCoupon(ctx: Ctx, input: CreateCoupon): CouponView {
  const earlier = prepared(ctx.sqlite, 'SELECT id FROM coupons WHERE request_key = ?').get(input.requestKey) as
    { id: number } | undefined;
  if (earlier) return couponView(ctx, earlier.id);
  const subscriber = getByCode(ctx, input.subscriberCode);
  const open = owedItems(ctx, subscriber.id);
  const chosen = open.filter((i) => input.chargeIds.includes(i.chargeId));
  if (chosen.length !== input.chargeIds.length) {
    throw invalidField('chargeIds', 'Deudas: alguna ya no está pendiente o no es de este suscriptor; actualice la lista');
  }
  const owed = chosen.reduce((t, i) => t + i.outstanding, 0);
  const amount = input.amount ?? owed;
  if (amount > owed) {
    throw invalidField('amount', `Valor a pagar: no puede ser mayor que lo adeudado en las deudas elegidas (${owed})`);
  }
  const party = input.partyId === undefined ? null : getPartyRow(ctx, input.partyId);
  const { number } = nextNumber(ctx, 'CUPON');
  const validUntil = addDays(today(ctx), getSetting(ctx.db, 'coupon.validDays'));
  const coupon = prepared(
    ctx.sqlite,
    `INSERT INTO coupons (number, subscriber_id, party_id, total, valid_until, created_at, created_by, request_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(number, subscriber.id, party?.id ?? null, amount, validUntil, nowIso(ctx), actor(ctx).id, input.requestKey) as {
    id: number;
  };
  const insertItem = prepared(
    ctx.sqlite,
    'INSERT INTO coupon_items (coupon_id, line_no, charge_id, concept, amount) VALUES (?, ?, ?, ?, ?)',
  );
  allocateOldestFirst(chosen, amount).forEach((a, i) =>
    insertItem.run(coupon.id, i + 1, a.debt.chargeId, a.debt.concept, a.amount),
  );
  ctx.audit({ recordType: 'coupon', recordId: number, after: { ...input, total: amount, validUntil } });
  return couponView(ctx, coupon.id);
}

export function couponStatus(paid: boolean, validUntil: string, day: string): CouponStatus {
  if (paid) return 'PAGADO';
  return validUntil < day ? 'VENCIDO' : 'VIGENTE';
}

interface CouponHeader {
  id: number;
  number: string;
  subscriberId: number;
  partyId: number | null;
  total: number;
  validUntil: string;
  createdAt: string;
  code: string;
  asesorName: string;
  asesorDocument: string;
  receiptNumber: string | null;
}

export function couponView(ctx: Ctx, id: number): CouponView {
  const row = prepared(ctx.sqlite, COUPON_HEADER).get(id) as CouponHeader;
  const party = row.partyId === null ? null : getPartyRow(ctx, row.partyId);
  return {
    id: row.id,
    number: row.number,
    status: couponStatus(row.receiptNumber !== null, row.validUntil, today(ctx)),
    subscriber: getByCode(ctx, row.code),
    party: party && { id: party.id, fullName: party.fullName, documentNumber: party.documentNumber },
    items: prepared(ctx.sqlite, COUPON_ITEMS).all(id) as CouponView['items'],
    total: row.total,
    invoices: (prepared(ctx.sqlite, COUPON_INVOICES).all(id) as { number: string }[]).map((r) => r.number),
    validUntil: row.validUntil,
    createdAt: row.createdAt,
    asesor: { fullName: row.asesorName, documentNumber: row.asesorDocument },
    receiptNumber: row.receiptNumber,
  };
}

export function couponIdOf(ctx: Ctx, number: string): number {
  const row = prepared(ctx.sqlite, 'SELECT id FROM coupons WHERE number = ?').get(number) as { id: number } | undefined;
  if (!row) throw notFound(`No existe el cupón ${number}. Revise el número impreso bajo el código de barras.`);
  return row.id;
}

export const couponByNumber = (ctx: Ctx, number: string) => couponView(ctx, couponIdOf(ctx, number));

export function couponsOf(ctx: Ctx, code: string): CouponView[] {
  const subscriber = getByCode(ctx, code);
  const ids = prepared(ctx.sqlite, 'SELECT id FROM coupons WHERE subscriber_id = ? ORDER BY id DESC LIMIT 100').all(
    subscriber.id,
  ) as {
    id: number;
  }[];
  return ids.map((r) => couponView(ctx, r.id));
}

/** Why a coupon cannot be collected now, in the cashier's words; null when it can. */
export function whyNotCollectable(coupon: CouponView): AppError | null {
  if (coupon.status === 'PAGADO') {
    return new AppError('RULE', `El cupón ${coupon.number} ya está PAGADO con el recibo ${coupon.receiptNumber}.`);
  }
  if (coupon.status === 'VENCIDO') {
    return new AppError(
      'RULE',
      `El cupón ${coupon.number} está VENCIDO desde el ${coupon.validUntil}: el usuario debe pedir uno nuevo en RECAUDO.`,
    );
  }
  return null;
}
