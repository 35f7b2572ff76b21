import { DOCUMENT_TYPES, type DocumentType } from '../../../../db/schema/enums';
import type { Ctx } from '../../context';
import { normalizeDocument } from '../../parties/documents';
import { prepared } from '../../statements';
import type { Cells } from '../cells';
import { defineKind } from './kind';

export interface PartyValue {
  documentType: DocumentType;
  documentNumber: string;
  names: string;
  surnames: string;
  mobile: string;
  email: string;
  address: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A tercero's document as the padrón and the terceros file both give it. */
export function readDocument(
  cells: Cells,
  typeKey: string,
  numberKey: string,
): Pick<PartyValue, 'documentType' | 'documentNumber'> {
  const documentType = cells.oneOf(typeKey, DOCUMENT_TYPES)!;
  const normal = normalizeDocument(documentType, cells.text(numberKey, 20, true));
  if ('error' in normal) cells.refuse(numberKey, normal.error.replace(/^[^:]*: /, ''));
  return { documentType, documentNumber: (normal as { value: string }).value };
}

export const PARTY_BY_DOCUMENT = 'SELECT * FROM parties WHERE document_type = ? AND document_number = ?';

export function insertParty(ctx: Ctx, p: PartyValue, now: string): number {
  const row = prepared(
    ctx.sqlite,
    `INSERT INTO parties (document_type, document_number, names, surnames, mobile, email, address, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(p.documentType, p.documentNumber, p.names, p.surnames, p.mobile, p.email, p.address, now, now) as {
    id: number;
  };
  return row.id;
}

const FIELDS = ['names', 'surnames', 'mobile', 'email', 'address'] as const;

/** Terceros: key document type + number; a known tercero is updated field by field, audited. */
export const terceros = defineKind<PartyValue>({
  read(cells) {
    const document = readDocument(cells, 'tipo_documento', 'numero_documento');
    const mobile = cells.text('celular', 10).replace(/\D/g, '');
    if (mobile !== '' && !/^3\d{9}$/.test(mobile)) cells.refuse('celular', 'un celular de 10 dígitos que empieza por 3');
    const email = cells.text('correo', 120).toLowerCase();
    if (email !== '' && !EMAIL.test(email)) cells.refuse('correo', `«${email}» no es una dirección de correo`);
    return {
      ...document,
      names: cells.text('nombres', 80, true).toUpperCase(),
      surnames: document.documentType === 'NIT' ? '' : cells.text('apellidos', 80).toUpperCase(),
      mobile,
      email,
      address: cells.text('direccion', 120).toUpperCase(),
    };
  },
  key: (p) => `${p.documentType} ${p.documentNumber}`,
  classify(ctx, p) {
    const known = prepared(ctx.sqlite, PARTY_BY_DOCUMENT).get(p.documentType, p.documentNumber) as
      Record<string, string> | undefined;
    if (!known) return 'NEW';
    return FIELDS.every((f) => known[f] === p[f]) ? 'UNCHANGED' : 'CHANGED';
  },
  apply(ctx, p, status, source) {
    if (status === 'NEW') {
      insertParty(ctx, p, source.now);
      return;
    }
    const before = prepared(ctx.sqlite, PARTY_BY_DOCUMENT).get(p.documentType, p.documentNumber) as Record<string, unknown> & {
      id: number;
    };
    prepared(
      ctx.sqlite,
      'UPDATE parties SET names = ?, surnames = ?, mobile = ?, email = ?, address = ?, updated_at = ? WHERE id = ?',
    ).run(p.names, p.surnames, p.mobile, p.email, p.address, source.now, before.id);
    ctx.audit({
      recordType: 'party',
      recordId: before.id,
      before: Object.fromEntries(FIELDS.map((f) => [f, before[f]])),
      after: Object.fromEntries(FIELDS.map((f) => [f, p[f]])),
    });
  },
});
