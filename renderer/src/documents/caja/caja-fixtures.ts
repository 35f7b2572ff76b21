import type { CloseReport } from './CloseTables';
import type { Receipt } from './ReceiptTables';

/** A paid coupon's receipt and a close report shaped like the contract outputs, for tests and previews. */
export const COUPON: Receipt['coupon'] = {
  id: 7,
  number: 'CUP-2026-000123',
  status: 'PAGADO',
  subscriber: {
    id: 234,
    code: '100234',
    ownerName: 'Esperanza Torres Muñoz',
    ownerDocument: '1092038660',
    address: 'Calle 5 # 21-63',
    neighborhood: 'Centro',
    routeCode: '01-004',
    zoneName: 'FLORENCIA',
    status: 'ACTIVO',
  },
  party: null,
  items: [
    {
      lineNo: 1,
      chargeId: 41,
      concept: 'Factura de servicios 2026-10',
      reference: null,
      dueOn: '2026-11-20',
      amount: 58_740,
    },
    {
      lineNo: 2,
      chargeId: 57,
      concept: 'CORTE DEL SERVICIO, RECONEXIÓN DEL SERVICIO',
      reference: 'FAC-2026-000123',
      dueOn: '2026-11-30',
      amount: 90_800,
    },
  ],
  total: 149_540,
  invoices: ['FAC-2026-000123'],
  validUntil: '2026-11-28',
  createdAt: '2026-11-23T14:02:00.000Z',
  asesor: { fullName: 'Luz Dary Plaza', documentNumber: '40781235' },
  receiptNumber: 'REC-2026-000045',
};

export function receipt(overrides: Partial<Receipt> = {}): Receipt {
  return {
    id: 45,
    number: 'REC-2026-000045',
    status: 'PAGADO',
    coupon: COUPON,
    tenders: [
      { method: 'EFECTIVO', amount: 100_000, tendered: 150_000, reference: '' },
      { method: 'TARJETA', amount: 49_540, tendered: null, reference: 'VOUCHER 884213' },
    ],
    total: 149_540,
    change: 50_000,
    paidAt: '2026-11-23T15:04:09.000Z',
    cashier: { fullName: 'Martha Lucía Cuéllar', documentNumber: '1117498765' },
    cashSessionId: 3,
    void: null,
    ...overrides,
  };
}

export const VOIDED = receipt({
  status: 'ANULADO',
  void: {
    number: 'ANR-2026-000002',
    at: '2026-11-23T16:30:00.000Z',
    reason: 'Se cobró el cupón de otro suscriptor; el usuario lo devolvió.',
    requestedBy: 'Martha Lucía Cuéllar',
    approvedBy: 'Carlos Andrés Rojas',
  },
});

export function closeReport(overrides: Partial<CloseReport> = {}): CloseReport {
  return {
    session: {
      id: 3,
      cashier: { fullName: 'Martha Lucía Cuéllar', documentNumber: '1117498765' },
      workstation: 'CAJA-01',
      businessDate: '2026-11-23',
      openedAt: '2026-11-23T12:58:00.000Z',
      openingFloat: 200_000,
      status: 'CERRADA',
      stale: false,
      receipts: 2,
      collected: 149_540,
      closeNumber: 'CC-2026-000012',
    },
    currency: 'COP',
    closedAt: '2026-11-23T22:10:00.000Z',
    count: [
      { denomination: 100_000, quantity: 2, subtotal: 200_000 },
      { denomination: 50_000, quantity: 1, subtotal: 50_000 },
      { denomination: 20_000, quantity: 2, subtotal: 40_000 },
      { denomination: 2_000, quantity: 3, subtotal: 6_000 },
      { denomination: 500, quantity: 0, subtotal: 0 },
    ],
    countedCash: 296_000,
    expectedCash: 300_000,
    difference: -4_000,
    note: 'Faltante: billete de 2.000 devuelto de más en un cambio.',
    byMethod: [
      { method: 'EFECTIVO', receipts: 1, amount: 100_000 },
      { method: 'TARJETA', receipts: 1, amount: 49_540 },
      { method: 'TRANSFERENCIA', receipts: 0, amount: 0 },
      { method: 'CONSIGNACION', receipts: 0, amount: 0 },
    ],
    receipts: [
      {
        number: 'REC-2026-000046',
        couponNumber: 'CUP-2026-000124',
        subscriberCode: '100301',
        paidAt: '2026-11-23T16:10:00.000Z',
        amount: 62_500,
        voided: true,
      },
      {
        number: 'REC-2026-000045',
        couponNumber: 'CUP-2026-000123',
        subscriberCode: '100234',
        paidAt: '2026-11-23T15:04:09.000Z',
        amount: 149_540,
        voided: false,
      },
    ],
    voids: [
      {
        number: 'ANR-2026-000002',
        receiptNumber: 'REC-2026-000046',
        amount: 62_500,
        reason: 'Se cobró el cupón de otro suscriptor; el usuario lo devolvió.',
        approvedBy: 'Carlos Andrés Rojas',
        at: '2026-11-23T16:30:00.000Z',
      },
    ],
    netCollected: 149_540,
    ...overrides,
  };
}
