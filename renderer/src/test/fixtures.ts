import type { Output } from '../api';

export type Summary = Output<'subscribers.byCode'>;

export function summary(code: string, ownerName: string, overrides: Partial<Summary> = {}): Summary {
  return {
    id: Number(code),
    code,
    ownerName,
    ownerDocument: '40781235',
    address: 'Calle 5 # 21-63',
    neighborhood: 'Centro',
    routeCode: '01-001',
    zoneName: 'FLORENCIA',
    status: 'ACTIVO',
    ...overrides,
  };
}

/** The padrón's record of a subscriber: what the view shows of it, without the account. */
export function subscriberRecord(code: string): Output<'padron.subscriber'> {
  return {
    ...summary(code, 'Esperanza Torres Muñoz'),
    landUse: 'RESIDENCIAL',
    stratum: 3,
    services: { aqueduct: true, sewer: true, waste: false },
    meter: { hasMeter: true, serial: 'EL2388443', brand: 'Itron' },
    owner: {
      id: 7,
      documentType: 'CC',
      documentNumber: '1092038660',
      names: 'Esperanza',
      surnames: 'Torres Muñoz',
      fullName: 'Esperanza Torres Muñoz',
      mobile: '3101234567',
      email: '',
      address: '',
      emailConsent: false,
      emailConsentDate: null,
    },
  };
}

export function subscriberView(code: string): Output<'subscribers.view'> {
  return {
    ...subscriberRecord(code),
    ownerHistory: [
      {
        name: 'Esperanza Torres Muñoz',
        document: '1092038660',
        since: '2019-03-01',
        until: null,
        reason: 'Matrícula',
        documents: [],
      },
    ],
    padronChanges: 0,
    balance: 121240,
    overdue: 58740,
    movements: [
      {
        id: 2,
        entryDate: '2026-11-05',
        kind: 'CHARGE',
        concept: 'Factura de servicios 2026-10',
        amount: 62500,
        dueOn: '2026-11-20',
        balanceAfter: 121240,
      },
      {
        id: 1,
        entryDate: '2026-10-05',
        kind: 'CHARGE',
        concept: 'Factura de servicios 2026-09',
        amount: 58740,
        dueOn: '2026-10-20',
        balanceAfter: 58740,
      },
    ],
    moreMovements: true,
    consumption: [
      { period: '2026-09', consumptionM3: 10, estimated: false, average: null, threshold: null, high: false },
      { period: '2026-10', consumptionM3: 25, estimated: false, average: 10, threshold: 16.5, high: true },
    ],
    stuckMeter: null,
  };
}
