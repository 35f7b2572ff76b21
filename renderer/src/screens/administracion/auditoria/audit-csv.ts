import type { AuditRow } from '../../../api/audit';
import { csvTable } from '../../../format/csv';
import { formatSheetInstant } from '../../../format/format';
import { actionLabel, changeText, changesOf, recordTypeLabel } from './audit-text';

/** The columns of the exported trail: readable first, then the core's codes and the JSON as stored. */
const COLUMNS: readonly { header: string; value(row: AuditRow): string }[] = [
  { header: 'Fecha y hora', value: (r) => formatSheetInstant(r.at) },
  { header: 'Usuario', value: (r) => r.username },
  { header: 'Puesto', value: (r) => r.workstation },
  { header: 'Acción', value: (r) => actionLabel(r.procedure, r.after) },
  { header: 'Tipo de registro', value: (r) => (r.recordType === null ? '' : recordTypeLabel(r.recordType)) },
  { header: 'Registro', value: (r) => r.recordId ?? '' },
  { header: 'Cambios', value: (r) => changesOf(r).map(changeText).join(' · ') },
  { header: 'Procedimiento', value: (r) => r.procedure },
  { header: 'Instante (UTC)', value: (r) => r.at },
  { header: 'Antes', value: (r) => r.before ?? '' },
  { header: 'Después', value: (r) => r.after ?? '' },
];

export const auditCsv = (rows: readonly AuditRow[]): string =>
  csvTable(
    COLUMNS.map((c) => c.header),
    rows.map((r) => COLUMNS.map((c) => c.value(r))),
  );

/** auditoria-2026-11-23.csv: named by the day it was exported. */
export const auditFileName = (today: string): string => `auditoria-${today}.csv`;
