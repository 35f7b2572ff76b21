import type { PuestoRow, StationInfo } from '../../../api/station';

/** The office server's addresses as a puesto types them. */
export const serverUrls = (server: NonNullable<StationInfo['officeServer']>): string[] =>
  server.addresses.map((address) => `https://${address}:${server.port}/`);

/** What this computer is, in the office's words. */
export function modeInWords(station: StationInfo): string {
  switch (station.mode) {
    case 'UNICO':
      return 'Equipo único';
    case 'SERVIDOR':
      return 'Servidor de la oficina';
    case 'PUESTO':
      return `Puesto ${station.workstation} del servidor ${station.server?.address ?? ''}`.trim();
  }
}

export const STATE_LABELS: Record<PuestoRow['state'], string> = {
  PENDIENTE: 'Pendiente de vincular',
  VINCULADO: 'Vinculado',
  REVOCADO: 'Revocado',
};

export const STATE_COLORS = { PENDIENTE: 'warning', VINCULADO: 'success', REVOCADO: 'default' } as const satisfies Record<
  PuestoRow['state'],
  'warning' | 'success' | 'default'
>;
