import { describe, expect, it } from 'vitest';
import { amountProblem, amountText, chosenTotal, couponRequest, type AbonoDraft, type OwedItem } from './abono-draft';

const item = (chargeId: number, outstanding: number): OwedItem => ({
  chargeId,
  source: 'PERIODIC_BILL',
  concept: `Factura de servicios ${chargeId}`,
  reference: null,
  entryDate: '2026-10-05',
  dueOn: '2026-10-20',
  overdue: true,
  amount: outstanding,
  outstanding,
});
const ITEMS = [item(11, 58_740), item(12, 62_500)];
const draft = (patch: Partial<AbonoDraft> = {}): AbonoDraft => ({
  subscriberCode: '100001',
  items: ITEMS,
  chosen: new Set([11, 12]),
  amount: null,
  partyId: null,
  ...patch,
});
const KEY = 'k-123456789';

describe('ABONO: valor a pagar', () => {
  it('reads amounts as typed in Colombia and refuses zero, letters, cents and more than owed', () => {
    expect(amountProblem('50000', 121_240)).toBeNull();
    expect(amountProblem('$ 121.240', 121_240)).toBeNull();
    expect(amountProblem('0', 121_240)).toBe('Valor a pagar: debe ser mayor que cero');
    expect(amountProblem('-5', 121_240)).toBe('Valor a pagar: debe ser mayor que cero');
    expect(amountProblem('50mil', 121_240)).toBe('Valor a pagar: escriba el valor en números, sin letras');
    expect(amountProblem('', 121_240)).toBe('Valor a pagar: escriba el valor en números, sin letras');
    expect(amountProblem('100,50', 121_240)).toBe('Valor a pagar: en pesos enteros, sin centavos');
    expect(amountProblem('121241', 121_240)).toMatch(/^Valor a pagar: no puede ser mayor que lo adeudado .*121\.240/);
  });

  it('shows the total the way it is read back', () => {
    expect(amountText(121_240)).toBe('121.240');
    expect(amountProblem(amountText(121_240), 121_240)).toBeNull();
  });
});

describe('ABONO: GENERAR', () => {
  it('sends the chosen debts oldest first, without an amount when it pays them all', () => {
    expect(couponRequest(draft({ chosen: new Set([12, 11]) }), KEY)).toEqual({
      input: { requestKey: KEY, subscriberCode: '100001', chargeIds: [11, 12] },
    });
    expect(couponRequest(draft({ amount: '121.240', partyId: 7 }), KEY)).toEqual({
      input: { requestKey: KEY, subscriberCode: '100001', chargeIds: [11, 12], partyId: 7 },
    });
  });

  it('sends an abono when the amount is less than the chosen debts', () => {
    expect(couponRequest(draft({ amount: '70.000' }), KEY)).toEqual({
      input: { requestKey: KEY, subscriberCode: '100001', chargeIds: [11, 12], amount: 70_000 },
    });
  });

  it('says what to fix instead', () => {
    expect(couponRequest(draft({ chosen: new Set() }), KEY)).toEqual({ errors: { chargeIds: 'Deudas: elija al menos una' } });
    expect(couponRequest(draft({ chosen: new Set([11]), amount: '60000' }), KEY)).toEqual({
      errors: { amount: expect.stringMatching(/no puede ser mayor .*58\.740/) as unknown as string },
    });
    expect(chosenTotal(ITEMS, new Set([12]))).toBe(62_500);
  });
});
