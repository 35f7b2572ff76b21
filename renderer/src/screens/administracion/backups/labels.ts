import type { BackupRun } from '../../../../../electron/core/contract/backups.contract';
import { formatNumber } from '../../../format/format';

export const TRIGGER_LABELS: Record<BackupRun['trigger'], string> = {
  DIARIA: 'Diaria',
  CORTE: 'Tras corte de caja',
  MANUAL: 'Manual',
  RESTAURACION: 'Restauración',
};

/** The tables a restore shows first: what the office recognises. */
export const MAIN_TABLES: readonly (readonly [string, string])[] = [
  ['subscribers', 'Suscriptores'],
  ['parties', 'Terceros'],
  ['invoices', 'Facturas'],
  ['receipts', 'Recibos de pago'],
  ['pqr_requests', 'Trámites PQR'],
  ['users', 'Usuarios'],
  ['audit', 'Registros de auditoría'],
];

export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, 0)} KB`;
  if (bytes < 1024 ** 3) return `${formatNumber(bytes / 1024 ** 2, 1)} MB`;
  return `${formatNumber(bytes / 1024 ** 3, 2)} GB`;
}
