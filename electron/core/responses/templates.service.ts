import { asc, eq } from 'drizzle-orm';
import { responseTemplates } from '../../../db/schema';
import type { Ctx } from '../context';
import { nowIso } from '../context';
import type { TemplateRow } from '../contract/responses.contract';
import { AppError, notFound } from '../errors';
import { suiResponseLabel } from './sui-response-types';

type Template = typeof responseTemplates.$inferSelect;

const toRow = (t: Template): TemplateRow => ({ ...t, suiResponseLabel: suiResponseLabel(t.suiResponseType) });

export function getTemplate(ctx: Ctx, id: number): Template {
  const t = ctx.db.select().from(responseTemplates).where(eq(responseTemplates.id, id)).get();
  if (!t) throw notFound('La plantilla de respuesta no existe.');
  return t;
}

export function listTemplates(ctx: Ctx, includeInactive: boolean): TemplateRow[] {
  return ctx.db
    .select()
    .from(responseTemplates)
    .orderBy(asc(responseTemplates.name))
    .all()
    .filter((t) => includeInactive || t.active)
    .map(toRow);
}

interface SaveTemplate {
  id?: number;
  name: string;
  body: string;
  suiResponseType: number;
  active: boolean;
}

/** A new template, or a change to one: letters already saved keep the text they were printed with. */
export function saveTemplate(ctx: Ctx, input: SaveTemplate): TemplateRow {
  const before = input.id === undefined ? undefined : getTemplate(ctx, input.id);
  const same = ctx.db
    .select({ id: responseTemplates.id })
    .from(responseTemplates)
    .where(eq(responseTemplates.name, input.name))
    .get();
  if (same && same.id !== input.id) {
    throw new AppError('CONFLICT', `Ya existe la plantilla ${input.name}.`, {
      issues: [{ field: 'name', message: `Nombre: ya existe la plantilla ${input.name}` }],
    });
  }
  const values = {
    name: input.name,
    body: input.body,
    suiResponseType: input.suiResponseType,
    active: input.active,
    updatedAt: nowIso(ctx),
  };
  const saved = before
    ? ctx.db.update(responseTemplates).set(values).where(eq(responseTemplates.id, before.id)).returning().get()
    : ctx.db.insert(responseTemplates).values(values).returning().get();
  ctx.audit({ recordType: 'response_template', recordId: saved.id, before, after: saved });
  return toRow(saved);
}
