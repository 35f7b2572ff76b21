import type { ReactNode } from 'react';
import type { CatalogEntry, CatalogPrefix, CatalogRow, ChoiceList } from '../../../api/catalogs';

/** One choice of a list field, as its <option>. */
export interface Choice {
  value: string | number;
  label: string;
  active: boolean;
}

/** Where a field's choices come from: another catalog (or products), each row made a choice. */
export interface ChoiceSource {
  list: ChoiceList;
  choice(row: unknown): Choice;
}

/** A choice list read from `list`; the row is typed by the list it comes from. */
export function choicesFrom<N extends ChoiceList>(list: N, choice: (row: CatalogRow<N>) => Choice): ChoiceSource {
  return { list, choice: choice as (row: unknown) => Choice };
}

/** How a field is typed and what it sends. */
export type FieldKind =
  | { kind: 'text' }
  /** An integer; empty sends null when the field may be left empty. */
  | { kind: 'number' }
  | { kind: 'boolean' }
  /** A closed vocabulary of the core, with its Spanish labels. */
  | { kind: 'enum'; options: readonly (readonly [string, string])[] }
  /** An entry of another catalog. */
  | { kind: 'pick'; from: ChoiceSource };

export type CatalogField = FieldKind & {
  /** The input's key: the core's issues name it. */
  name: string;
  label: string;
  helper?: string;
  /** May be left empty (sends null); the text is what the empty choice says. */
  empty?: string;
  /** What a new entry starts with. */
  initial?: string | boolean;
};

export interface CatalogColumn<Row> {
  header: string;
  value(row: Row): ReactNode;
  /** Codes in a fixed-width face. */
  code?: boolean;
}

/**
 * Everything the one catalog screen needs to list, search, create, edit and (de)activate the
 * entries of one catalog. Methods, not function properties: a descriptor of routes stands
 * among the descriptors of any entry.
 */
export interface CatalogDescriptor<Row extends CatalogEntry = CatalogEntry> {
  prefix: CatalogPrefix;
  /** The tab: "Zonas". */
  title: string;
  /** The create dialog and button: "Nueva zona"; absent when entries cannot be created. */
  newTitle?: string;
  editTitle: string;
  /** The audit trail's record type, e.g. 'zone', and what Auditoría calls it: "Zona". */
  recordType: string;
  recordLabel: string;
  /** What the search box says it looks in; absent when the list has no search. */
  searchHint?: string;
  /** How a sentence names one entry: "la zona FLORENCIA". */
  entryName(row: Row): string;
  columns: readonly CatalogColumn<Row>[];
  fields: readonly CatalogField[];
}

/** What a form holds while typed: text as typed, flags, and the value picked (null: none). */
export type Draft = Record<string, string | number | boolean | null>;

/** A new entry's draft, or an existing entry's. */
export function draftOf(fields: readonly CatalogField[], entry: CatalogEntry | null): Draft {
  const draft: Draft = {};
  for (const field of fields) {
    const value = entry?.[field.name];
    if (field.kind === 'boolean') draft[field.name] = entry ? value === true : field.initial === true;
    else if (field.kind === 'pick') draft[field.name] = typeof value === 'number' || typeof value === 'string' ? value : null;
    else if (!entry) draft[field.name] = typeof field.initial === 'string' ? field.initial : '';
    else draft[field.name] = value === null || value === undefined ? '' : String(value);
  }
  return draft;
}

/**
 * The input the contract's schema checks. Nothing is decided here: a required field left empty
 * is sent as missing, so the schema says so with its own Spanish message.
 */
export function inputOf(fields: readonly CatalogField[], draft: Draft): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of fields) {
    const value = draft[field.name];
    const none = field.empty === undefined ? undefined : null;
    if (field.kind === 'boolean' || field.kind === 'text') input[field.name] = value;
    else if (field.kind === 'pick') input[field.name] = value ?? none;
    else if (value === null || String(value).trim() === '') input[field.name] = none;
    else input[field.name] = field.kind === 'number' ? Number(String(value).trim()) : value;
  }
  return input;
}
