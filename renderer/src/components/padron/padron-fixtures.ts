import type { Output } from '../../api';
import type { PadronHistoryData, PadronOptions } from '../../api/padron';

/** The demo office's lists: FLORENCIA with two rutas, CURILLO with one. */
export const OPTIONS: PadronOptions = {
  codeDigits: 6,
  zones: [
    { id: 2, name: 'CURILLO' },
    { id: 1, name: 'FLORENCIA' },
  ],
  routes: [
    { id: 11, zoneId: 1, code: '01-001', name: 'FLORENCIA RUTA 1' },
    { id: 12, zoneId: 1, code: '01-002', name: 'FLORENCIA RUTA 2' },
    { id: 21, zoneId: 2, code: '02-001', name: 'CURILLO RUTA 1' },
  ],
  services: [
    { code: 'ACUEDUCTO', name: 'ACUEDUCTO' },
    { code: 'ALCANTARILLADO', name: 'ALCANTARILLADO' },
    { code: 'ASEO', name: 'ASEO' },
  ],
};

export type Summary = Output<'padron.register'>;

export const registered = (overrides: Partial<Summary> = {}): Summary => ({
  id: 301,
  code: '900001',
  ownerName: 'Jhon Fredy Perdomo',
  ownerDocument: '1117512345',
  address: 'CALLE 12 # 7-45',
  neighborhood: 'LA CONSOLATA',
  routeCode: '01-002',
  zoneName: 'FLORENCIA',
  status: 'ACTIVO',
  ...overrides,
});

/** A subscriber matriculado, edited once, suspended and reactivated, and sold. */
export const HISTORY: PadronHistoryData = {
  edits: [
    {
      at: '2026-11-21T15:10:00.000Z',
      user: 'Arley Perdomo Losada',
      what: 'Edición del predio',
      changes: [
        { field: 'Estrato', before: '2', after: '3' },
        { field: 'Serial del medidor', before: 'A19-552301', after: '—' },
      ],
    },
    {
      at: '2026-11-03T14:00:00.000Z',
      user: 'Arley Perdomo Losada',
      what: 'Matrícula',
      changes: [{ field: 'Dirección', before: '', after: 'CALLE 12 # 7-45' }],
    },
  ],
  statuses: [
    {
      fromStatus: 'SUSPENDIDO',
      toStatus: 'ACTIVO',
      effectiveOn: '2026-11-20',
      reason: 'Pagó la deuda y la reconexión',
      document: 'OT-2026-000081',
      at: '2026-11-20T16:00:00.000Z',
      user: 'Arley Perdomo Losada',
    },
    {
      fromStatus: 'ACTIVO',
      toStatus: 'SUSPENDIDO',
      effectiveOn: '2026-11-10',
      reason: 'Por falta de pago de dos periodos',
      document: 'OT-2026-000077',
      at: '2026-11-10T13:00:00.000Z',
      user: 'Arley Perdomo Losada',
    },
  ],
  owners: [
    {
      name: 'Jhon Fredy Perdomo',
      document: '1117512345',
      since: '2026-11-22',
      until: null,
      reason: 'Cambio de titular',
      documents: ['Escritura pública 1234 de 2026', 'Cédula del nuevo titular'],
    },
    {
      name: 'Esperanza Torres Muñoz',
      document: '1092038660',
      since: '2026-11-03',
      until: '2026-11-22',
      reason: 'Matrícula',
      documents: [],
    },
  ],
};
