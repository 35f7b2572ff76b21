import { expect } from 'vitest';
import { addDays } from '../calendar/civil';
import type { CollectInput } from '../contract/cash.contract';
import { DENOMINATIONS } from './denominations';
import { expectedCash, type Model, nextKey, post, type Real, takeNumber } from './cash.model';
import { accepted, idempotent, refused, saw, Step } from './cash.model-steps';

/** The cashier's desk (CAJA): open, collect, retry, void with a supervisor, count, close, next day. */

const SUPERVISOR_PASSWORD = 'Supervisor2026';

export class OpenDesk extends Step {
  constructor(readonly openingFloat: number) {
    super();
  }

  apply(m: Model, r: Real): void {
    const call = () => r.office.call(r.cajero, 'cash.open', { openingFloat: this.openingFloat });
    if (m.session) {
      refused(r, call, 'RULE', m.session.businessDate < m.day ? /Tiene abierta la caja del/ : /Ya tiene una caja abierta/);
      saw('apertura rechazada');
      return;
    }
    const session = accepted(call());
    expect([session.status, session.businessDate, session.openingFloat]).toEqual(['ABIERTA', m.day, this.openingFloat]);
    m.session = {
      id: session.id,
      businessDate: m.day,
      openingFloat: this.openingFloat,
      count: null,
      approvalFailures: 0,
      lastFailureDay: null,
    };
    saw('apertura');
  }

  toString(): string {
    return `abrirCaja(${this.openingFloat})`;
  }
}

/** Why the model expects a coupon not to be collected now, or null. */
function collectRefusal(m: Readonly<Model>, index: number): RegExp | null {
  const coupon = m.coupons[index]!;
  if (!m.session) return /No hay una caja abierta/;
  if (m.session.businessDate < m.day) return /La caja abierta es del/;
  if (m.session.count) return /en arqueo/;
  if (coupon.paidBy) return new RegExp(`ya está PAGADO con el recibo ${coupon.paidBy}`);
  if (coupon.validUntil < m.day) return /VENCIDO/;
  if (coupon.items.some((i) => m.charges.get(i.chargeId)!.outstanding < i.amount)) return /ya no corresponde a la deuda/;
  return null;
}

/** REGISTRAR: efectivo with change, or split with a card; sometimes Enter twice. */
export class Collect extends Step {
  constructor(
    readonly pick: number,
    readonly fresh: boolean,
    readonly split: boolean,
    readonly change: number,
    readonly twice: boolean,
  ) {
    super();
  }

  override check(m: Readonly<Model>): boolean {
    return m.coupons.length > 0;
  }

  apply(m: Model, r: Real): void {
    // Most users bring a coupon in force; some bring one paid, expired or overtaken.
    const unpaid = m.coupons.map((_, i) => i).filter((i) => !m.coupons[i]!.paidBy && m.coupons[i]!.validUntil >= m.day);
    const index = this.fresh && unpaid.length > 0 ? unpaid[this.pick % unpaid.length]! : this.pick % m.coupons.length;
    const coupon = m.coupons[index]!;
    const cash = this.split && coupon.total > 1 ? Math.floor(coupon.total / 2) : coupon.total;
    const tenders: CollectInput['tenders'] = [{ method: 'EFECTIVO', amount: cash, tendered: cash + this.change }];
    if (cash < coupon.total) tenders.push({ method: 'TARJETA', amount: coupon.total - cash, reference: 'VOUCHER 004512' });
    const input = { requestKey: nextKey(m), couponNumber: coupon.number, tenders };
    const call = () => r.office.call(r.cajero, 'cash.collect', input);
    const refusal = collectRefusal(m, index);
    if (refusal) {
      refused(r, call, 'RULE', refusal);
      if (this.twice) refused(r, call, 'RULE', refusal);
      saw(`cobro rechazado: ${refusal.source.split(' ').slice(0, 3).join(' ')}`);
      return;
    }
    const receipt = accepted(call());
    const number = takeNumber(m, 'REC');
    expect({
      number: receipt.number,
      status: receipt.status,
      total: receipt.total,
      change: receipt.change,
      session: receipt.cashSessionId,
      coupon: receipt.coupon.status,
    }).toEqual({ number, status: 'PAGADO', total: coupon.total, change: this.change, session: m.session!.id, coupon: 'PAGADO' });
    for (const item of coupon.items) post(m, item.chargeId, 'PAYMENT', item.amount);
    coupon.paidBy = number;
    m.receipts.push({
      number,
      input,
      requestKey: input.requestKey,
      coupon: coupon.number,
      total: coupon.total,
      cash,
      sessionId: m.session!.id,
      voided: false,
    });
    saw(tenders.length > 1 ? 'cobro dividido' : 'cobro en efectivo');
    if (this.twice) {
      idempotent(r, call, (again) => expect(again.number).toBe(number));
      saw('doble Enter');
    }
  }

  toString(): string {
    return `cobrar(${this.pick}, vigente=${this.fresh}, dividido=${this.split}, cambio=${this.change}, dosVeces=${this.twice})`;
  }
}

/** The same request key again (a retry after an error or a restart), or reused for another coupon. */
export class Retry extends Step {
  constructor(
    readonly pick: number,
    readonly otherCoupon: boolean,
  ) {
    super();
  }

  override check(m: Readonly<Model>): boolean {
    return m.receipts.length > 0;
  }

  apply(m: Model, r: Real): void {
    const receipt = m.receipts[this.pick % m.receipts.length]!;
    const other = m.coupons.find((c) => c.number !== receipt.coupon);
    const send = (couponNumber: string) => () => r.office.call(r.cajero, 'cash.collect', { ...receipt.input, couponNumber });
    if (this.otherCoupon && other) {
      refused(r, send(other.number), 'CONFLICT', /ya se usó con otros datos/);
      saw('clave reutilizada');
      return;
    }
    idempotent(r, send(receipt.coupon), (again) =>
      expect([again.number, again.status]).toEqual([receipt.number, receipt.voided ? 'ANULADO' : 'PAGADO']),
    );
    saw('reintento');
  }

  toString(): string {
    return `reintentar(${this.pick}, otroCupón=${this.otherCoupon})`;
  }
}

/** The cashier asks, a supervisor approves with their own password (or mistypes it). */
export class VoidReceipt extends Step {
  constructor(
    readonly pick: number,
    readonly recent: boolean,
    readonly wrongPassword: boolean,
  ) {
    super();
  }

  override check(m: Readonly<Model>): boolean {
    return m.receipts.length > 0;
  }

  apply(m: Model, r: Real): void {
    // Usually a payment just taken at this desk; sometimes an old or already voided one.
    const recent = m.receipts.filter((x) => x.sessionId === m.session?.id && !x.voided);
    const receipt =
      this.recent && recent.length > 0 ? recent[this.pick % recent.length]! : m.receipts[this.pick % m.receipts.length]!;
    const call = () =>
      r.office.call(r.cajero, 'cash.voidReceipt', {
        receiptNumber: receipt.number,
        reason: 'Se cobró el cupón equivocado en la prueba',
        supervisorUsername: 'supervisor',
        supervisorPassword: this.wrongPassword ? 'Equivocada2026' : SUPERVISOR_PASSWORD,
      });
    // Everything the cashier can be told without the supervisor's password comes first.
    const session = m.session;
    const refusal = !session
      ? /No hay una caja abierta/
      : receipt.sessionId !== session.id
        ? /no es de su caja abierta/
        : receipt.voided
          ? /ya está ANULADO/
          : session.count
            ? /en arqueo/
            : null;
    if (!session || refusal) {
      refused(r, call, 'RULE', refusal ?? undefined);
      saw(`anulación rechazada: ${refusal?.source}`);
      return;
    }
    // Wrong credentials in a row make approvals on this desk wait (the clock stands still within a day).
    if (session.approvalFailures >= m.rules.voidApprovalAttempts && session.lastFailureDay === m.day) {
      refused(r, call, 'RULE', /espere/);
      saw('aprobaciones en espera');
      return;
    }
    if (this.wrongPassword) {
      refused(r, call, 'AUTH_FAILED');
      session.approvalFailures += 1;
      session.lastFailureDay = m.day;
      saw('clave de supervisor errada');
      return;
    }
    session.approvalFailures = 0;
    const voided = accepted(call());
    expect([voided.status, voided.void?.number]).toEqual(['ANULADO', takeNumber(m, 'ANR')]);
    const coupon = m.coupons.find((c) => c.number === receipt.coupon)!;
    for (const item of coupon.items) post(m, item.chargeId, 'PAYMENT_VOID', item.amount);
    coupon.paidBy = null;
    receipt.voided = true;
    saw('recibo anulado');
  }

  toString(): string {
    return `anularRecibo(${this.pick}, reciente=${this.recent}, claveErrada=${this.wrongPassword})`;
  }
}

/** Bills and coins for an amount, largest first (what cannot be made of coins is short). */
function countFor(amount: number): { denomination: number; quantity: number }[] {
  let left = amount;
  const count = DENOMINATIONS.COP.map((denomination) => {
    const quantity = Math.floor(left / denomination);
    left -= quantity * denomination;
    return { denomination, quantity };
  });
  return count.filter((c) => c.quantity > 0).length > 0 ? count.filter((c) => c.quantity > 0) : [count.at(-1)!];
}

/** The blind count: what the cashier counted, off by `delta` from what the drawer should hold. */
export class DeclareCount extends Step {
  constructor(readonly delta: number) {
    super();
  }

  apply(m: Model, r: Real): void {
    const session = m.session;
    const expected = session ? expectedCash(m, session) : 0;
    const count = countFor(Math.max(0, expected + this.delta));
    const call = () => r.office.call(r.cajero, 'cash.declareCount', { count });
    if (!session || session.count) {
      refused(r, call, 'RULE', session ? /ya se registró/ : /No hay una caja abierta/);
      saw('arqueo rechazado');
      return;
    }
    const counted = count.reduce((t, c) => t + c.denomination * c.quantity, 0);
    const report = accepted(call());
    expect([report.expectedCash, report.countedCash, report.difference, report.session.status]).toEqual([
      expected,
      counted,
      counted - expected,
      'EN_ARQUEO',
    ]);
    session.count = { counted, expected };
    saw(counted === expected ? 'arqueo cuadrado' : 'arqueo con diferencia');
  }

  toString(): string {
    return `arqueo(${this.delta})`;
  }
}

/** Corte de caja: numbered; a difference must be explained. */
export class CloseDesk extends Step {
  constructor(readonly explained: boolean) {
    super();
  }

  apply(m: Model, r: Real): void {
    const session = m.session;
    const note = this.explained ? 'Diferencia revisada con el supervisor' : '';
    const call = () => r.office.call(r.cajero, 'cash.close', { note });
    if (!session || !session.count) {
      refused(r, call, 'RULE', session ? /Primero registre el arqueo/ : /No hay una caja abierta/);
      saw('corte rechazado');
      return;
    }
    if (session.count.counted !== session.count.expected && !this.explained) {
      expect(refused(r, call, 'VALIDATION').issues?.[0]?.field).toBe('note');
      saw('corte sin explicación');
      return;
    }
    const report = accepted(call());
    const live = m.receipts.filter((x) => x.sessionId === session.id && !x.voided);
    expect({
      number: report.session.closeNumber,
      status: report.session.status,
      expected: report.expectedCash,
      net: report.netCollected,
      cash: report.byMethod.find((b) => b.method === 'EFECTIVO')?.amount,
      receipts: report.receipts.length,
      voids: report.voids.length,
    }).toEqual({
      number: takeNumber(m, 'CC'),
      status: 'CERRADA',
      expected: session.count.expected,
      net: live.reduce((t, x) => t + x.total, 0),
      cash: live.reduce((t, x) => t + x.cash, 0),
      receipts: m.receipts.filter((x) => x.sessionId === session.id).length,
      voids: m.receipts.filter((x) => x.sessionId === session.id && x.voided).length,
    });
    m.closed.push(session);
    m.session = null;
    saw('corte');
  }

  toString(): string {
    return `corte(explicado=${this.explained})`;
  }
}

/** The next morning: everyone logs in again; yesterday's open desk is stale, coupons age. */
export class NextDay extends Step {
  apply(m: Model, r: Real): void {
    m.day = addDays(m.day, 1);
    r.office.clock.set(`${m.day}T14:00:00.000Z`);
    r.asesor = r.office.login('asesor');
    r.cajero = r.office.login('cajero');
    r.supervisor = r.office.login('supervisor');
    saw('día siguiente');
  }

  toString(): string {
    return 'díaSiguiente()';
  }
}

/** The usual end of a day: count, corte explained, next morning, open again. */
export class EndOfDay extends Step {
  constructor(
    readonly delta: number,
    readonly openingFloat: number,
  ) {
    super();
  }

  apply(m: Model, r: Real): void {
    new DeclareCount(this.delta).apply(m, r);
    new CloseDesk(true).apply(m, r);
    new NextDay().apply(m, r);
    new OpenDesk(this.openingFloat).apply(m, r);
  }

  toString(): string {
    return `finDelDía(${this.delta}, ${this.openingFloat})`;
  }
}
