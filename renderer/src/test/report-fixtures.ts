import type { Dashboard } from '../../../electron/core/contract/reports.contract';
import type { DailyReport } from '../documents/informe/daily-sections';

/**
 * A small day at the office: one cashier paid two coupons (one split between cash and card),
 * a third receipt was voided, the till came out 5.000 short.
 */
export function dailyReport(overrides: Partial<DailyReport> = {}): DailyReport {
  return {
    date: '2026-11-23',
    currency: 'COP',
    payments: [
      { cashier: 'Yesenia Buendía Rodríguez', method: 'EFECTIVO', receipts: 2, amount: 150_000 },
      { cashier: 'Yesenia Buendía Rodríguez', method: 'TARJETA', receipts: 1, amount: 40_500 },
    ],
    receipts: [
      {
        cashier: 'Yesenia Buendía Rodríguez',
        number: 'REC-2026-000001',
        paidAt: '2026-11-23T14:10:00Z',
        subscriberCode: '100004',
        methods: ['EFECTIVO'],
        amount: 90_000,
        voided: false,
      },
      {
        cashier: 'Yesenia Buendía Rodríguez',
        number: 'REC-2026-000002',
        paidAt: '2026-11-23T14:40:00Z',
        subscriberCode: '100012',
        methods: ['EFECTIVO', 'TARJETA'],
        amount: 100_500,
        voided: false,
      },
      {
        cashier: 'Yesenia Buendía Rodríguez',
        number: 'REC-2026-000003',
        paidAt: '2026-11-23T14:55:00Z',
        subscriberCode: '100020',
        methods: ['EFECTIVO'],
        amount: 52_300,
        voided: true,
      },
    ],
    voids: [
      {
        number: 'ANR-2026-000001',
        receiptNumber: 'REC-2026-000003',
        cashier: 'Yesenia Buendía Rodríguez',
        approvedBy: 'Arley Perdomo Losada',
        amount: 52_300,
        reason: 'Pago registrado dos veces; "cupón" duplicado',
        at: '2026-11-23T15:04:00Z',
      },
    ],
    sessions: [
      {
        cashier: 'Yesenia Buendía Rodríguez',
        workstation: 'CAJA-01',
        status: 'CERRADA',
        openingFloat: 100_000,
        expectedCash: 250_000,
        countedCash: 245_000,
        difference: -5_000,
        closeNumber: 'CC-2026-000001',
        note: 'Faltante por revisar',
      },
    ],
    byAsesor: [
      {
        asesor: 'Luz Dary Plaza',
        facturas: 3,
        facturasTotal: 218_100,
        coupons: 3,
        couponsTotal: 242_800,
        agreements: 1,
        agreementsFinanced: 318_000,
      },
    ],
    totals: {
      collected: 190_500,
      receipts: 2,
      voided: 52_300,
      voids: 1,
      overShort: -5_000,
      facturas: 3,
      facturasTotal: 218_100,
      coupons: 3,
      couponsTotal: 242_800,
      agreements: 1,
      agreementsFinanced: 318_000,
    },
    pqr: {
      radicated: [
        {
          requestType: 'PETICIÓN',
          service: 'ACUEDUCTO',
          cause: 'RECONEXIÓN DEL SERVICIO',
          asesor: 'Luz Dary Plaza',
          requests: 1,
        },
        {
          requestType: 'PETICIÓN INTERNA',
          service: 'ALCANTARILLADO',
          cause: 'VISITA DOMICILIARIA',
          asesor: 'Luz Dary Plaza',
          requests: 2,
        },
      ],
      openByStatus: [
        { status: 'RADICADO', requests: 2 },
        { status: 'ASIGNADO', requests: 1 },
      ],
      overdue: [
        {
          filingNumber: 'RAD-2026-000001',
          subscriberCode: '100010',
          cause: 'ALTO CONSUMO',
          status: 'RADICADO',
          dueOn: '2026-11-20',
          daysLeft: -1,
          silence: true,
        },
      ],
      dueSoon: [],
      visitsOn: '2026-11-24',
      visits: [{ fieldWorker: 'Contratista Uno', visits: 2 }],
      workOrders: [{ fieldWorker: 'Contratista Uno', workOrders: 1, oldest: '2026-11-23T14:00:00Z' }],
      totals: { radicated: 3, open: 3, overdue: 1, dueSoon: 0 },
    },
    counterRequests: {
      received: [
        { procedure: 'ESTADO DE CUENTA', received: 2 },
        { procedure: 'CERTIFICADO DE NO ADEUDO', received: 1 },
        { procedure: 'CAMBIO DE NOMBRE', received: 0 },
        { procedure: 'CANCELACIÓN DE TOMA', received: 1 },
        { procedure: 'INSPECCIÓN DE MEDIDOR', received: 0 },
      ],
      pendingApprovals: [
        {
          filingNumber: 'RAD-2026-000004',
          subscriberCode: '100011',
          subscriber: 'Marleny Cuéllar Vargas',
          status: 'RADICADO',
          filedOn: '2026-11-23',
          asesor: 'Luz Dary Plaza',
        },
      ],
      inspections: [
        {
          filingNumber: 'RAD-2026-000002',
          subscriberCode: '100012',
          subscriber: 'Hernán Ospina Trujillo',
          status: 'ASIGNADO',
          dueOn: '2026-11-25',
          daysLeft: 2,
        },
      ],
      certificates: [
        {
          number: 'CND-2026-000001',
          subscriberCode: '100010',
          subscriber: 'Rubiela Cabrera Muñoz',
          validUntil: '2026-12-23',
          asesor: 'Luz Dary Plaza',
        },
      ],
      totals: { received: 4, pendingApprovals: 1, inspections: 1, certificates: 1 },
    },
    ...overrides,
  };
}

export const EXPORT_META = {
  company: 'AGUAS DE FLORENCIA DEMO S.A. E.S.P.',
  generatedBy: 'Arley Perdomo Losada',
  generatedAt: '2026-11-23T23:10:00Z',
};

/** 30 days up to 2026-11-23: quiet until the last three. */
export function dashboard(): Dashboard {
  const days = Array.from({ length: 30 }, (_, i) => {
    const d = new Date(Date.UTC(2026, 9, 25 + i));
    return { date: d.toISOString().slice(0, 10), collected: 0, receipts: 0, facturas: 0, facturasTotal: 0, coupons: 0 };
  });
  days[27] = { ...days[27]!, collected: 80_000, receipts: 1, facturas: 1, facturasTotal: 80_000, coupons: 1 };
  days[29] = { ...days[29]!, collected: 190_500, receipts: 2, facturas: 3, facturasTotal: 218_100, coupons: 3 };
  return {
    date: '2026-11-23',
    days,
    byMethod: [
      { method: 'EFECTIVO', amount: 150_000 },
      { method: 'TARJETA', amount: 40_500 },
      { method: 'TRANSFERENCIA', amount: 0 },
      { method: 'CONSIGNACION', amount: 0 },
    ],
  };
}
