import type { Input, Output, Result } from '../api';
import { formatMoney } from '../format/format';
import { fail, ok } from './render';
import { subscriberView } from './fixtures';
import type { InvoiceView, ProductRow } from '../screens/suscriptor/factura/invoice-draft';

/** Test data for the FACTURA screens: the demo catalog's reconnection products. */
const product = (id: number, code: string, name: string, price: number): ProductRow => ({
  id,
  code,
  name,
  category: 'CARGO',
  taxable: false,
  active: true,
  price,
  priceFrom: '2023-01-01',
  nextPrice: null,
});

export const CORTE = product(1, 'COR', 'CORTE', 38_500);
export const RECONEXION = product(2, 'REC', 'RECONEXIÓN DEL SERVICIO', 52_300);
export const CARTERA = product(4, 'RAC', 'RECUPERACIÓN ACUEDUCTO CARTERA', 18_900);

export const ACTIVE = subscriberView('100001');

export const COMPANY: Output<'company.get'> = {
  name: 'AGUAS DE PRUEBA S.A. E.S.P.',
  nit: '900123456-8',
  address: 'Carrera 11 # 15-32',
  phone: '(608) 435 0000',
  city: 'Florencia',
  logo: '',
  currency: 'COP',
  locale: 'es-CO',
};
export const CANCELLED = { ...subscriberView('100002'), status: 'CANCELADO' as const };

/** A schedule the way the core answers it, 30 % minimum down payment, 1.5 % a month. */
export function preview(input: Input<'agreements.preview'>): Result<Output<'agreements.preview'>> {
  const minDownPayment = Math.ceil(input.debt * 0.3);
  if (input.downPayment < minDownPayment) {
    const message = `Cuota inicial: mínimo 30 % de la deuda (${formatMoney(minDownPayment)})`;
    return fail({ code: 'VALIDATION', message, issues: [{ field: 'downPayment', message }] });
  }
  const financed = input.debt - input.downPayment;
  const amount = Math.round(financed / input.installments);
  return ok({
    debt: input.debt,
    downPayment: input.downPayment,
    minDownPayment,
    financed,
    monthlyRateBp: 150,
    totalInterest: 0,
    installments: Array.from({ length: input.installments }, (_, i) => ({
      n: i + 1,
      dueOn: input.firstDueOn,
      principal: amount,
      interest: 0,
      amount,
      balanceAfter: financed - amount * (i + 1),
    })),
  });
}

export function savedInvoice(input: Input<'invoices.create'>): InvoiceView {
  const lines = input.lines.map((l, i) => {
    const p = [CORTE, RECONEXION, CARTERA].find((x) => x.id === l.productId)!;
    return {
      lineNo: i + 1,
      productId: p.id,
      code: p.code,
      name: p.name,
      category: p.category,
      quantity: l.quantity,
      unitPrice: p.price!,
      amount: p.price! * l.quantity,
    };
  });
  const total = lines.reduce((t, l) => t + l.amount, 0);
  return {
    id: 1,
    number: 'FAC-2026-000123',
    paymentForm: input.paymentForm,
    status: 'PENDIENTE',
    subscriber: ACTIVE,
    party: ACTIVE.owner,
    lines,
    total,
    outstanding: total,
    observation: input.observation,
    createdAt: '2026-11-23T15:00:00.000Z',
    dueOn: '2026-12-03',
    asesor: { fullName: 'Luz Dary Plaza', documentNumber: '40781235' },
    voided: null,
    agreement: null,
  };
}
