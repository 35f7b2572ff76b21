import type { PqrStatus } from '../../../db/schema/enums';

/**
 * The moves a trámite may make, in one place. A move not listed is refused with a message
 * that names both states.
 */
export const PQR_MOVES: Record<PqrStatus, readonly PqrStatus[]> = {
  RADICADO: ['ASIGNADO', 'EN_ESPERA', 'RESPONDIDO', 'CERRADO'],
  ASIGNADO: ['INFORME', 'RADICADO', 'EN_ESPERA', 'CERRADO'],
  EN_ESPERA: ['RADICADO', 'ASIGNADO', 'INFORME'],
  INFORME: ['RESPONDIDO', 'ASIGNADO', 'EN_ESPERA', 'CERRADO'],
  RESPONDIDO: ['CERRADO', 'RESPONDIDO'],
  CERRADO: [],
};

export const PQR_STATUS_LABEL: Record<PqrStatus, string> = {
  RADICADO: 'Radicado',
  ASIGNADO: 'Asignado a terreno',
  EN_ESPERA: 'En espera del usuario',
  INFORME: 'Con informe de terreno',
  RESPONDIDO: 'Respondido, por notificar',
  CERRADO: 'Cerrado',
};

export function canMove(from: PqrStatus, to: PqrStatus): boolean {
  return PQR_MOVES[from].includes(to);
}
