import type { TemplateRow } from '../../../../electron/core/contract/responses.contract';
import type { Output } from '../../api';

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
