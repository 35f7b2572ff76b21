/**
 * Tipo de respuesta of Superservicios' SUI monthly PQR report (Formato A): what the office
 * decided. One list with its labels; an office checks it against the current official table
 * before its first monthly report.
 */
export const SUI_RESPONSE_TYPES = [
  { code: 1, label: 'Accede' },
  { code: 2, label: 'Accede parcialmente' },
  { code: 3, label: 'No accede' },
  { code: 4, label: 'Confirma' },
  { code: 5, label: 'Modifica' },
  { code: 6, label: 'Revoca' },
  { code: 7, label: 'Rechaza' },
  { code: 8, label: 'Traslado por competencia' },
  { code: 9, label: 'Pendiente de respuesta' },
  { code: 10, label: 'Sin respuesta' },
  { code: 11, label: 'Archiva' },
] as const;

export type SuiResponseType = (typeof SUI_RESPONSE_TYPES)[number]['code'];

export const suiResponseLabel = (code: number): string =>
  SUI_RESPONSE_TYPES.find((t) => t.code === code)?.label ?? `Tipo ${code}`;
