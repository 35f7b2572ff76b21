import { expect } from 'vitest';
import { addDays } from '../calendar/civil';
import type { Input } from '../contract';
import { MAX_COUPON_ITEMS } from '../contract/coupons.contract';
import {
  agreementRefusal,
  finance,
  type Model,
  nextKey,
  openCharges,
  post,
  type Real,
  spread,
  takeNewCharges,
  takeNumber,
} from './cash.model';
import { accepted, refused, saw, Step } from './cash.model-steps';

/** The counter (SUSCRIPTOR, RECAUDO): facturas, agreements, coupons and factura voids. */

export interface Line {
  product: number;
  quantity: number;
}

export interface Terms {
  downPct: number;
  installments: number;
}

const INSTALLMENT = 'INSTALLMENT';

/** SUSCRIPTOR → FACTURA GUARDAR, CONTADO or CRÉDITO with its agreement. */
export class CreateFactura extends Step {
  constructor(
    readonly account: number,
    readonly lines: Line[],
    readonly credit: Terms | null,
  ) {
    super();
  }

  apply(m: Model, r: Real): void {
    const a = m.accounts[this.account]!;
    const { prices, productIds } = m.rules;
    const lines = this.lines.map((l) => ({ productId: productIds[l.product % productIds.length]!, quantity: l.quantity }));
    const total = this.lines.reduce((t, l) => t + prices[l.product % prices.length]! * l.quantity, 0);
    const down = this.credit ? Math.round((total * this.credit.downPct) / 100) : 0;
    const input: Input<'invoices.create'> = {
      requestKey: nextKey(m),
      paymentForm: this.credit ? 'CREDITO' : 'CONTADO',
      subscriberCode: a.code,
      partyId: a.partyId,
      lines,
      observation: `Código ${a.code}, prueba de modelo`,
      ...(this.credit
        ? { agreement: { downPayment: down, installments: this.credit.installments, firstDueOn: addDays(m.day, 30) } }
        : {}),
    };
    const call = () => r.office.call(r.asesor, 'invoices.create', input);
    const refusal = this.credit && agreementRefusal(m.rules, total, down, this.credit.installments);
    if (refusal) {
      expect(refused(r, call, 'VALIDATION').issues?.[0]?.field).toBe(refusal);
      saw('factura crédito rechazada');
      return;
    }
    const invoice = accepted(call());
    expect([invoice.number, invoice.total]).toEqual([takeNumber(m, 'FAC'), total]);
    if (!invoice.agreement) {
      const [chargeId] = takeNewCharges(m, r, this.account, [total], ['INVOICE']);
      m.facturas.push({ number: invoice.number, account: this.account, chargeId: chargeId!, installments: [], voided: false });
      saw('factura contado');
      return;
    }
    const agreement = invoice.agreement;
    expect([agreement.number, agreement.financed]).toEqual([takeNumber(m, 'ACP'), total - down]);
    expect(agreement.installments.reduce((t, i) => t + i.principal, 0)).toBe(total - down);
    const [chargeId, ...installments] = takeNewCharges(
      m,
      r,
      this.account,
      [total, ...agreement.installments.map((i) => i.amount)],
      ['INVOICE', ...agreement.installments.map(() => INSTALLMENT)],
    );
    post(m, chargeId!, 'FINANCED', total - down);
    m.facturas.push({ number: invoice.number, account: this.account, chargeId: chargeId!, installments, voided: false });
    saw('factura crédito');
  }

  toString(): string {
    return `factura(${this.account}, ${JSON.stringify(this.lines)}, ${JSON.stringify(this.credit)})`;
  }
}

/** Arreglo de deuda: what the account owes (installments aside) into a new agreement. */
export class Arreglo extends Step {
  constructor(
    readonly account: number,
    readonly terms: Terms,
  ) {
    super();
  }

  apply(m: Model, r: Real): void {
    const a = m.accounts[this.account]!;
    const debts = openCharges(m, this.account, (c) => c.source !== INSTALLMENT);
    const debt = debts.reduce((t, c) => t + c.outstanding, 0);
    const down = Math.round((debt * this.terms.downPct) / 100);
    const call = () =>
      r.office.call(r.asesor, 'agreements.createForDebt', {
        requestKey: nextKey(m),
        subscriberCode: a.code,
        partyId: a.partyId,
        downPayment: down,
        installments: this.terms.installments,
        firstDueOn: addDays(m.day, 30),
      });
    if (debt === 0) {
      refused(r, call, 'RULE', /no tiene deuda/);
      saw('arreglo sin deuda');
      return;
    }
    const refusal = agreementRefusal(m.rules, debt, down, this.terms.installments);
    if (refusal) {
      expect(refused(r, call, 'VALIDATION').issues?.[0]?.field).toBe(refusal);
      saw('arreglo rechazado');
      return;
    }
    const agreement = accepted(call());
    expect([agreement.number, agreement.debt, agreement.financed]).toEqual([takeNumber(m, 'ACP'), debt, debt - down]);
    finance(m, debts, debt - down);
    takeNewCharges(
      m,
      r,
      this.account,
      agreement.installments.map((i) => i.amount),
      agreement.installments.map(() => INSTALLMENT),
    );
    saw('arreglo');
  }

  toString(): string {
    return `arreglo(${this.account}, ${JSON.stringify(this.terms)})`;
  }
}

/** RECAUDO → ABONO GENERAR: a coupon for some open debts, in full or an abono oldest first. */
export class CreateCoupon extends Step {
  constructor(
    readonly pick: number,
    readonly mask: boolean[],
    readonly abonoPct: number | null,
  ) {
    super();
  }

  override check(m: Readonly<Model>): boolean {
    return m.accounts.some((_, i) => openCharges(m, i).length > 0);
  }

  apply(m: Model, r: Real): void {
    const owing = m.accounts.map((_, i) => i).filter((i) => openCharges(m, i).length > 0);
    const account = owing[this.pick % owing.length]!;
    const open = openCharges(m, account);
    const picked = open.filter((_, i) => this.mask[i % this.mask.length]).slice(0, MAX_COUPON_ITEMS);
    const chosen = picked.length > 0 ? picked : [open[0]!];
    const owed = chosen.reduce((t, c) => t + c.outstanding, 0);
    const amount = this.abonoPct === null ? owed : Math.max(1, Math.floor((owed * this.abonoPct) / 100));
    const coupon = accepted(
      r.office.call(r.asesor, 'coupons.create', {
        requestKey: nextKey(m),
        subscriberCode: m.accounts[account]!.code,
        // In the order the asesor ticked them: the coupon still pays oldest first.
        chargeIds: chosen.map((c) => c.id).reverse(),
        ...(this.abonoPct === null ? {} : { amount }),
      }),
    );
    const items = spread(chosen, amount);
    expect({
      number: coupon.number,
      total: coupon.total,
      validUntil: coupon.validUntil,
      status: coupon.status,
      items: coupon.items.map((i) => ({ chargeId: i.chargeId, amount: i.amount })),
    }).toEqual({
      number: takeNumber(m, 'CUP'),
      total: amount,
      validUntil: addDays(m.day, m.rules.validDays),
      status: 'VIGENTE',
      items,
    });
    m.coupons.push({ number: coupon.number, account, items, total: amount, validUntil: coupon.validUntil, paidBy: null });
    saw(amount < owed ? 'cupón abono' : 'cupón completo');
  }

  toString(): string {
    return `cupón(${this.pick}, ${JSON.stringify(this.mask)}, ${this.abonoPct})`;
  }
}

/** A supervisor voids a factura: refused once anything was paid on it or its agreement. */
export class VoidFactura extends Step {
  constructor(readonly pick: number) {
    super();
  }

  override check(m: Readonly<Model>): boolean {
    return m.facturas.length > 0;
  }

  apply(m: Model, r: Real): void {
    const f = m.facturas[this.pick % m.facturas.length]!;
    const charge = m.charges.get(f.chargeId)!;
    const call = () =>
      r.office.call(r.supervisor, 'invoices.void', { number: f.number, reason: 'Factura hecha por error en la prueba' });
    const paidInstallment = f.installments.some((id) => {
      const i = m.charges.get(id)!;
      return i.outstanding < i.amount;
    });
    if (f.voided) {
      refused(r, call, 'RULE', /ya está ANULADA/);
    } else if (charge.everPaid || charge.outstanding === 0) {
      refused(r, call, 'RULE', /tiene pagos registrados/);
    } else if (paidInstallment) {
      refused(r, call, 'RULE', /ya tiene cuotas pagadas/);
    } else {
      expect(accepted(call()).status).toBe('ANULADA');
      for (const id of f.installments) post(m, id, 'REVERSAL', m.charges.get(id)!.outstanding);
      post(m, f.chargeId, 'REVERSAL', charge.outstanding);
      f.voided = true;
      saw('factura anulada');
      return;
    }
    saw('anulación de factura rechazada');
  }

  toString(): string {
    return `anularFactura(${this.pick})`;
  }
}
