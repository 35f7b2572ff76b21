import { and, eq, inArray, like, or } from 'drizzle-orm';
import { parties } from '../../../db/schema';
import type { Ctx } from '../context';
import { nowIso, today } from '../context';
import type { PartyRow } from '../contract/parties.contract';
import { AppError, notFound } from '../errors';
import { prefixQuery } from '../search/fts';

type Party = typeof parties.$inferSelect;
export type PartyInput = Omit<typeof parties.$inferInsert, 'id' | 'createdAt' | 'updatedAt'>;

export function toPartyRow(p: Party): PartyRow {
  return {
    id: p.id,
    documentType: p.documentType,
    documentNumber: p.documentNumber,
    names: p.names,
    surnames: p.surnames,
    fullName: fullName(p),
    mobile: p.mobile,
    email: p.email,
    address: p.address,
    emailConsent: p.emailConsent,
    emailConsentDate: p.emailConsentDate ?? null,
  };
}

export const fullName = (p: Pick<Party, 'names' | 'surnames'>) => `${p.names} ${p.surnames}`.trim();

export function findByDocument(ctx: Ctx, documentNumber: string): PartyRow[] {
  const compact = documentNumber.replace(/[\s.]/g, '').toUpperCase();
  if (!/^[A-Z0-9-]+$/.test(compact)) return [];
  // A NIT may be typed without its check digit.
  return ctx.db
    .select()
    .from(parties)
    .where(or(eq(parties.documentNumber, compact), like(parties.documentNumber, `${compact}-_`)))
    .all()
    .map(toPartyRow);
}

export function searchParties(ctx: Ctx, q: string, limit = 20): PartyRow[] {
  const match = prefixQuery(q);
  if (!match) return [];
  const ids = ctx.sqlite
    .prepare('SELECT rowid AS id FROM parties_fts WHERE parties_fts MATCH ? ORDER BY rank LIMIT ?')
    .all(match, limit) as { id: number }[];
  if (ids.length === 0) return [];
  const rows = ctx.db
    .select()
    .from(parties)
    .where(
      inArray(
        parties.id,
        ids.map((r) => r.id),
      ),
    )
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((r) => toPartyRow(byId.get(r.id)!));
}

function withConsentDate(ctx: Ctx, input: PartyInput): PartyInput {
  if (!input.emailConsent) return { ...input, emailConsentDate: null };
  return { ...input, emailConsentDate: input.emailConsentDate ?? today(ctx) };
}

function assertDocumentFree(ctx: Ctx, input: PartyInput, exceptId?: number) {
  const existing = ctx.db
    .select({ id: parties.id })
    .from(parties)
    .where(and(eq(parties.documentType, input.documentType), eq(parties.documentNumber, input.documentNumber)))
    .get();
  if (existing && existing.id !== exceptId) {
    throw new AppError('CONFLICT', `Ya existe un tercero con ${input.documentType} ${input.documentNumber}.`, {
      issues: [{ field: 'documentNumber', message: 'Número de documento: ya está registrado' }],
    });
  }
}

export function createParty(ctx: Ctx, input: PartyInput): PartyRow {
  assertDocumentFree(ctx, input);
  const at = nowIso(ctx);
  const row = ctx.db
    .insert(parties)
    .values({ ...withConsentDate(ctx, input), createdAt: at, updatedAt: at })
    .returning()
    .get();
  ctx.audit({ recordType: 'party', recordId: row.id, after: row });
  return toPartyRow(row);
}

export function updateParty(ctx: Ctx, id: number, input: PartyInput): PartyRow {
  const before = ctx.db.select().from(parties).where(eq(parties.id, id)).get();
  if (!before) throw notFound('El tercero no existe.');
  assertDocumentFree(ctx, input, id);
  const row = ctx.db
    .update(parties)
    .set({ ...withConsentDate(ctx, input), updatedAt: nowIso(ctx) })
    .where(eq(parties.id, id))
    .returning()
    .get();
  ctx.audit({ recordType: 'party', recordId: id, before, after: row });
  return toPartyRow(row);
}

export function getPartyRow(ctx: Ctx, id: number): PartyRow {
  const row = ctx.db.select().from(parties).where(eq(parties.id, id)).get();
  if (!row) throw notFound('El tercero no existe: búsquelo por cédula o agréguelo con +.');
  return toPartyRow(row);
}
