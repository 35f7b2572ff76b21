import type { AuditRow } from '../../../api/audit';
import type { CatalogDescriptor } from '../catalogos/catalog-descriptor';
import { CATALOGS } from '../catalogos/catalogs';

/**
 * The audit trail in the office's words: what was done, to what, and what changed. The catalogs
 * name their own records and fields; anything else shows the core's names as they are.
 */

const VERBS: Record<string, string> = { create: 'crear', update: 'modificar', setActive: 'activar o desactivar' };
const KNOWN: Record<string, string> = {
  'auth.login': 'Iniciar sesión',
  'auth.logout': 'Cerrar sesión',
  'imports.apply': 'Importar — lote',
  'imports.saveMapping': 'Importar — columnas del archivo',
};
/** Keys a record's JSON carries besides its form's fields. */
const COMMON_KEYS: Record<string, string> = {
  active: 'Activo',
  zone: 'Zona',
  requestType: 'Tipo de trámite',
  cause: 'Causal',
};

const catalogOfProcedure = (procedure: string) => CATALOGS.find((c) => procedure.startsWith(`${c.prefix}.`));
const catalogOfRecord = (recordType: string | null) => CATALOGS.find((c) => c.recordType === recordType);

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return json;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "Zonas — crear"; a catalog's setActive says which way it went when the row tells. */
export function actionLabel(procedure: string, after: string | null = null): string {
  const catalog = catalogOfProcedure(procedure);
  const verb = procedure.slice(procedure.indexOf('.') + 1);
  if (!catalog || !VERBS[verb]) return KNOWN[procedure] ?? procedure;
  const state = parse(after);
  const toggled = verb === 'setActive' && isRecord(state) && typeof state.active === 'boolean';
  return `${catalog.title} — ${toggled ? (state.active ? 'activar' : 'desactivar') : VERBS[verb]}`;
}

/** "Zona", or the core's record type. */
export const recordTypeLabel = (recordType: string): string => catalogOfRecord(recordType)?.recordLabel ?? recordType;

/** "Zona 12", "Ruta 3"; empty when the action touched no record. */
export function recordLabel(row: Pick<AuditRow, 'recordType' | 'recordId'>): string {
  if (row.recordType === null) return '';
  return [recordTypeLabel(row.recordType), row.recordId].filter(Boolean).join(' ');
}

function valueText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (typeof v === 'boolean') return v ? 'Sí' : 'No';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  const json = JSON.stringify(v);
  return json.length > 80 ? `${json.slice(0, 79)}…` : json;
}

export interface Change {
  label: string;
  /** Absent when the record was created. */
  before?: string;
  /** Absent when the record went away. */
  after?: string;
}

function labelOf(catalog: CatalogDescriptor | undefined, key: string): string {
  return catalog?.fields.find((f) => f.name === key)?.label ?? COMMON_KEYS[key] ?? key;
}

/** A reference shown by its name when the record carries both (zoneId and zone): the name is what people read. */
const shownKeys = (value: Record<string, unknown>) =>
  Object.keys(value).filter((k) => k !== 'id' && !(k.endsWith('Id') && k.slice(0, -2) in value));

/** What changed, field by field: only the fields that moved on an update, all of them on a creation. */
export function changesOf(row: Pick<AuditRow, 'recordType' | 'before' | 'after'>): Change[] {
  const catalog = catalogOfRecord(row.recordType);
  const before = parse(row.before);
  const after = parse(row.after);
  if (!isRecord(before) && !isRecord(after)) {
    if (before === null && after === null) return [];
    return [{ label: 'Valor', before: before === null ? undefined : valueText(before), after: valueText(after) }];
  }
  const keys = [...new Set([...(isRecord(before) ? shownKeys(before) : []), ...(isRecord(after) ? shownKeys(after) : [])])];
  const changes: Change[] = [];
  for (const key of keys) {
    const from = isRecord(before) ? before[key] : undefined;
    const to = isRecord(after) ? after[key] : undefined;
    if (isRecord(before) && isRecord(after) && JSON.stringify(from) === JSON.stringify(to)) continue;
    changes.push({
      label: labelOf(catalog, key),
      ...(isRecord(before) ? { before: valueText(from) } : {}),
      ...(isRecord(after) ? { after: valueText(to) } : {}),
    });
  }
  return changes;
}

/** One change as a line: "Nombre: TELEFÓNICO → LLAMADA", "Nombre: EL PAUJIL" (created). */
export function changeText(c: Change): string {
  if (c.before === undefined) return `${c.label}: ${c.after ?? '—'}`;
  if (c.after === undefined) return `${c.label}: ${c.before} → (nada)`;
  return `${c.label}: ${c.before} → ${c.after}`;
}
