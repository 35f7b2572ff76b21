import type { Statement } from '../estado-cuenta/StatementDocument';
import { invoice } from '../test-fixtures';
import type { Coupon } from './CouponDocument';

/** Coupon and estado de cuenta shaped like the contract outputs, for tests and previews. */
const SUBSCRIBER = invoice().subscriber;
const ASESOR = { fullName: 'Luz Dary Plaza', documentNumber: '40781235' };

export function coupon(overrides: Partial<Coupon> = {}): Coupon {
  const items: Coupon['items'] = [
    { lineNo: 1, chargeId: 11, concept: 'Factura de servicios 2026-09', reference: null, dueOn: '2026-10-20', amount: 58_740 },
    {
      lineNo: 2,
      chargeId: 12,
      concept: 'RECONEXIÓN DEL SERVICIO',
      reference: 'FAC-2026-000123',
      dueOn: '2026-12-03',
      amount: 52_300,
    },
  ];
  return {
    id: 123,
    number: 'CUP-2026-000123',
    status: 'VIGENTE',
    subscriber: SUBSCRIBER,
    party: { id: 7, fullName: 'Jhon Fredy Perdomo Cuéllar', documentNumber: '1117512345' },
    items,
    total: items.reduce((t, i) => t + i.amount, 0),
    invoices: ['FAC-2026-000123'],
    validUntil: '2026-11-28',
    createdAt: '2026-11-23T15:04:05.000Z',
    asesor: ASESOR,
    receiptNumber: null,
    ...overrides,
  };
}

export function statement(overrides: Partial<Statement> = {}): Statement {
  return {
    number: 'EDC-2026-000045',
    subscriber: SUBSCRIBER,
    party: invoice().party,
    capacity: 'CARTA_PODER',
    powerNote: 'Carta poder del 20/11/2026 otorgada por Esperanza Torres Muñoz',
    issuedAt: '2026-11-23T15:04:05.000Z',
    asesor: ASESOR,
    balance: 121_240,
    overdue: 58_740,
    owed: [
      {
        chargeId: 11,
        source: 'PERIODIC_BILL',
        concept: 'Factura de servicios 2026-09',
        reference: null,
        entryDate: '2026-10-05',
        dueOn: '2026-10-20',
        overdue: true,
        amount: 58_740,
        outstanding: 58_740,
      },
      {
        chargeId: 12,
        source: 'PERIODIC_BILL',
        concept: 'Factura de servicios 2026-10',
        reference: null,
        entryDate: '2026-11-05',
        dueOn: '2026-11-25',
        overdue: false,
        amount: 62_500,
        outstanding: 62_500,
      },
    ],
    movements: [
      {
        id: 3,
        entryDate: '2026-11-05',
        kind: 'CHARGE',
        concept: 'Factura de servicios 2026-10',
        amount: 62_500,
        dueOn: '2026-11-25',
        balanceAfter: 121_240,
      },
      {
        id: 2,
        entryDate: '2026-10-05',
        kind: 'CHARGE',
        concept: 'Factura de servicios 2026-09',
        amount: 58_740,
        dueOn: '2026-10-20',
        balanceAfter: 58_740,
      },
      {
        id: 1,
        entryDate: '2026-09-18',
        kind: 'PAYMENT',
        concept: 'Pago Bancolombia',
        amount: -55_100,
        dueOn: null,
        balanceAfter: 0,
      },
    ],
    ...overrides,
  };
}
