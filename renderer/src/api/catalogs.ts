import { call, type Output, type ProcedureName, type Result } from '.';
import { procedureQuery } from './queries';

/**
 * ADMINISTRACIÓN → Catálogos: every catalog has the procedures `<prefix>.list`, `.update` and
 * `.setActive`, and all but services `.create` (the tariff's services are fixed).
 */
export type CatalogPrefix =
  'zones' | 'routes' | 'channels' | 'services' | 'requestTypes' | 'causes' | 'fieldWorkers' | 'requirements';
export type CreatablePrefix = Exclude<CatalogPrefix, 'services'>;

/** What every catalog row is: its key, whether it is in use, and its own fields. */
export type CatalogEntry = { id: number | string; active: boolean; readonly [field: string]: unknown };

export interface CatalogFilter {
  q: string;
  includeInactive: boolean;
}

/** A catalog's list, searched by the core (accents and case ignored); services.list has no search: there are three. */
export function catalogListQuery(prefix: CatalogPrefix, { q, includeInactive }: CatalogFilter) {
  const text = q.trim();
  return procedureQuery(`${prefix}.list`, prefix === 'services' || !text ? { includeInactive } : { includeInactive, q: text });
}

/** The lists a form picks from (a ruta's zona, a causal's service and product…). */
export type ChoiceList = 'zones.list' | 'services.list' | 'requestTypes.list' | 'causes.list' | 'products.list';

/** Every entry, inactive ones too: an entry being edited may still point at one. */
export const choicesQuery = (list: ChoiceList) => procedureQuery(list, { includeInactive: true });

// The family's procedures share one shape; the form checked `input` with the procedure's own schema.
const callCatalog = call as (name: ProcedureName, input: unknown) => Promise<Result<CatalogEntry>>;

/** Updates the entry when the input names its id, else creates one. */
export function saveCatalogEntry(prefix: CatalogPrefix, input: Record<string, unknown>): Promise<Result<CatalogEntry>> {
  return callCatalog('id' in input ? `${prefix}.update` : `${prefix as CreatablePrefix}.create`, input);
}

/** Activates or deactivates an entry; the core refuses to deactivate what open records use, and says why. */
export function setCatalogActive(prefix: CatalogPrefix, id: CatalogEntry['id'], active: boolean): Promise<Result<CatalogEntry>> {
  return callCatalog(`${prefix}.setActive`, { id, active });
}

export type CatalogRow<N extends ChoiceList> = Output<N>[number];
