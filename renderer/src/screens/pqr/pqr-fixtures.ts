import type { TemplateRow } from '../../../../electron/core/contract/responses.contract';
import type { PqrStatus } from '../../../../db/schema/enums';
import type { Output } from '../../api';
import { summary } from '../../test/fixtures';

type Cause = Output<'pqr.catalog'>['causes'][number];

/** A causal of the catalog: no payment gate, no visit, no field report unless told. */
export const causeOf = (id: number, name: string, overrides: Partial<Cause> = {}): Cause => ({
  id,
  service: 'ALCANTARILLADO',
  name,
  suiGroup: 'P',
  suiCode: '101',
  gateProductCode: null,
  needsAppointment: false,
  requiresFieldReport: false,
  closesWithReport: false,
  restoresService: false,
  assignedBy: 'COORDINADOR_PQR',
  termDays: null,
  termHours: null,
  requiresAccountCurrent: false,
  outcome: null,
  ...overrides,
});

/** The decision template of seed 002 step 16. */
export const TEMPLATE: TemplateRow = {
  id: 3,
  name: 'VISITA REALIZADA SIN HALLAZGOS',
  body: 'Señor(a) {{nombre}}: …',
  suiResponseType: 3,
  suiResponseLabel: 'No accede',
  active: true,
  updatedAt: '2026-11-01T00:00:00.000Z',
};

/** A radicated trámite as pqr.get answers: a DAÑO EN LA ACOMETIDA of 15 business days, nothing paused. */
export function tramiteView(status: PqrStatus = 'RADICADO', overrides: Partial<Output<'pqr.get'>> = {}): Output<'pqr.get'> {
  return {
    id: 1,
    filingNumber: 'RAD-2026-000001',
    filedAt: '2026-11-20T14:00:00.000Z',
    filedOn: '2026-11-20',
    zone: 'FLORENCIA',
    channel: 'PERSONAL',
    subscriber: { ...summary('10001', 'Usuario 1'), hasMeter: true },
    party: {
      id: 7,
      documentType: 'CC',
      documentNumber: '40781235',
      names: 'Usuario',
      surnames: 'Uno',
      fullName: 'Usuario 1',
      mobile: '3101234567',
      email: '',
      address: '',
      emailConsent: false,
      emailConsentDate: null,
    },
    service: 'ACUEDUCTO',
    requestType: 'PETICIÓN',
    applicantKind: 'TITULAR',
    cause: causeOf(5, 'DAÑO EN LA ACOMETIDA', { service: 'ACUEDUCTO', assignedBy: 'SUPERVISOR' }),
    observation: 'Fuga en la acometida',
    status,
    deadline: {
      termDays: 15,
      dueOn: '2026-12-11',
      dueAt: null,
      daysLeft: 14,
      hoursLeft: null,
      dueSoon: false,
      overdue: false,
      paused: status === 'EN_ESPERA',
      extendedDays: 0,
      extensionReason: null,
      silence: false,
    },
    gate: { invoiceNumber: null, agreementNumber: null },
    appointment: null,
    requirements: [],
    asesor: { fullName: 'Luz Dary Plaza', documentNumber: '40781235' },
    closedAt: null,
    events: [
      { at: '2026-11-20T14:00:00.000Z', user: 'Luz Dary Plaza', fromStatus: null, toStatus: 'RADICADO', note: 'Radicado' },
    ],
    certificate: null,
    ownerChange: null,
    ...overrides,
  };
}
