import { z } from 'zod';
import { rolesOf } from '../auth/modules';
import { query } from './define';
import { civilDate, id, lineText } from './fields';

const admin = rolesOf('ADMINISTRACION');
export const AUDIT_PAGE = 100;

const filter = (label: string) =>
  lineText(label, 80)
    .optional()
    .transform((s) => s || undefined);

export const auditFilter = z.strictObject({
  username: filter('Usuario'),
  /** Civil dates in the office's time zone, both included. */
  from: civilDate.optional(),
  to: civilDate.optional(),
  procedure: filter('Acción'),
  recordType: filter('Tipo de registro'),
  recordId: filter('Registro'),
});

export const auditRow = z.object({
  id: z.number(),
  at: z.string(),
  username: z.string(),
  workstation: z.string(),
  procedure: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  /** JSON as stored (secrets already blanked). */
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type AuditRow = z.infer<typeof auditRow>;

export const auditContract = {
  /** ADMINISTRACIÓN → Auditoría: newest first, a page at a time after the last id seen. */
  'audit.list': query(
    admin,
    auditFilter.extend({
      after: id.optional(),
      limit: z.number().int().min(1).max(1000, { error: 'Página: máximo 1000 filas' }).default(AUDIT_PAGE),
    }),
    z.object({ rows: z.array(auditRow), next: z.number().nullable() }),
  ),
  /** What the filters offer: the users, actions and record types in the trail. */
  'audit.options': query(
    admin,
    z.strictObject({}),
    z.object({ usernames: z.array(z.string()), procedures: z.array(z.string()), recordTypes: z.array(z.string()) }),
  ),
};
