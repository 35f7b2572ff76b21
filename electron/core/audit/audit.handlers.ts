import type { auditContract } from '../contract/audit.contract';
import type { HandlersOf } from '../handler';
import { auditOptions, listAudit } from './audit-viewer';

export const auditHandlers = {
  'audit.list': listAudit,
  'audit.options': (ctx) => auditOptions(ctx),
} satisfies HandlersOf<typeof auditContract>;
