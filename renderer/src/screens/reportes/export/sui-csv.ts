import type { SuiRow } from '../../../../../electron/core/contract/reports.contract';
import { csvText } from './daily-csv';

/** Formato A's columns, in its order, with how each value is written. */
export const SUI_COLUMNS: readonly { header: string; value: (r: SuiRow) => string }[] = [
  { header: 'RADICADO', value: (r) => r.filingNumber },
  { header: 'FECHA_RADICACION', value: (r) => suiDate(r.filedOn) },
  { header: 'TIPO_TRAMITE', value: (r) => String(r.requestType) },
  { header: 'GRUPO_CAUSAL', value: (r) => r.causeGroup },
  { header: 'DETALLE_CAUSAL', value: (r) => r.causeCode },
  { header: 'NUMERO_CUENTA', value: (r) => r.account },
  { header: 'NUMERO_FACTURA', value: (r) => r.invoice },
  { header: 'TIPO_RESPUESTA', value: (r) => (r.responseType === null ? '' : String(r.responseType)) },
  { header: 'FECHA_RESPUESTA', value: (r) => suiDate(r.respondedOn) },
  { header: 'RADICADO_RESPUESTA', value: (r) => r.responseNumber },
  { header: 'FECHA_NOTIFICACION', value: (r) => suiDate(r.notifiedOn) },
  { header: 'TIPO_NOTIFICACION', value: (r) => (r.notificationType === null ? '' : String(r.notificationType)) },
  { header: 'TRASLADO_SSPD', value: (r) => (r.transferredToSspd ? 'S' : 'N') },
];

/** dd-mm-aaaa, as the SUI loader reads dates; empty when there is none yet. */
export function suiDate(date: string | null): string {
  if (!date) return '';
  const [y, m, d] = date.split('-');
  return `${d}-${m}-${y}`;
}

const SEPARATOR = ',';

/** The month's file: comma-separated, a header row, CRLF, no byte order mark (a loader, not Excel, reads it). */
export function suiCsv(rows: readonly SuiRow[]): string {
  const line = (cells: string[]) => cells.map((c) => csvText(c, SEPARATOR)).join(SEPARATOR);
  return [line(SUI_COLUMNS.map((c) => c.header)), ...rows.map((r) => line(SUI_COLUMNS.map((c) => c.value(r)))), ''].join('\r\n');
}

export const suiFileName = (month: string) => `sui-formato-a-${month}.csv`;
