import type { PuestoRow, StationInfo } from '../api/station';
import { SESSION } from './render';

/** Station and puestos answers for ADMINISTRACIÓN → Puestos y red's tests. */

export const ADMIN = {
  ...SESSION,
  user: { ...SESSION.user, username: 'admin', fullName: 'Administrador', role: 'ADMIN' as const },
  modules: ['ADMINISTRACION'],
};

export const FINGERPRINT = Array.from({ length: 32 }, (_, i) => (i * 7 + 16).toString(16).toUpperCase().padStart(2, '0')).join(
  ':',
);

export const UNICO: StationInfo = {
  mode: 'UNICO',
  workstation: 'OFICINA-PC',
  server: null,
  untouched: false,
  reachable: null,
  officeServer: null,
};

export const SERVIDOR: StationInfo = {
  ...UNICO,
  mode: 'SERVIDOR',
  officeServer: { port: 8443, addresses: ['192.168.1.10'], fingerprint: FINGERPRINT, listening: true },
};

export const PUESTO: StationInfo = {
  mode: 'PUESTO',
  workstation: 'CAJA-01',
  server: { address: 'https://192.168.1.10:8443/', fingerprint: FINGERPRINT },
  untouched: false,
  reachable: true,
  officeServer: null,
};

export const CAJA: PuestoRow = {
  id: 1,
  name: 'CAJA-01',
  state: 'VINCULADO',
  createdAt: '2026-11-24T14:00:00.000Z',
  pairedAt: '2026-11-24T14:05:00.000Z',
  revokedAt: null,
  codeExpiresAt: null,
  lastSeenAt: '2026-11-24T15:00:00.000Z',
  lastAddress: '192.168.1.21',
  users: [{ username: 'cajero', fullName: 'Yenny Paola Trujillo', lastSeenAt: '2026-11-24T15:00:00.000Z' }],
};

export const PENDING: PuestoRow = {
  ...CAJA,
  id: 2,
  name: 'ASESOR-01',
  state: 'PENDIENTE',
  pairedAt: null,
  codeExpiresAt: '2026-11-24T15:30:00.000Z',
  lastSeenAt: null,
  lastAddress: null,
  users: [],
};
