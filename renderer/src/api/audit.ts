import { infiniteQueryOptions } from '@tanstack/react-query';
import { call, type ApiError, type Input, type Output, type Result } from '.';
import { CallError, procedureQuery } from './queries';

/** ADMINISTRACIÓN → Auditoría. */
export type AuditFilter = Omit<Input<'audit.list'>, 'after' | 'limit'>;
export type AuditRow = Output<'audit.list'>['rows'][number];

/** The users, actions and record types the filters offer. */
export const auditOptionsQuery = () => procedureQuery('audit.options', {});

/** The trail, newest first, a page at a time: each page asks for what comes after the last id seen. */
export const auditTrailQuery = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ['audit.list', filter] as const,
    initialPageParam: null as number | null,
    queryFn: async ({ pageParam }) => {
      const result: Result<Output<'audit.list'>> = await call(
        'audit.list',
        pageParam === null ? filter : { ...filter, after: pageParam },
      );
      if (!result.ok) throw new CallError(result.error);
      return result.data;
    },
    getNextPageParam: (page) => page.next,
  });

/** The most an export reads: beyond it, the filter must be narrowed. */
export const AUDIT_EXPORT_MAX = 50_000;
const EXPORT_PAGE = 1000;

export type AuditExport = { ok: true; rows: AuditRow[]; more: boolean } | { ok: false; error: ApiError };

/** Every row of the filtered trail, up to `max`, reading the largest pages the core gives. */
export async function readAuditTrail(filter: AuditFilter, max: number, onProgress: (read: number) => void): Promise<AuditExport> {
  const rows: AuditRow[] = [];
  let after: number | null = null;
  do {
    const limit = Math.min(EXPORT_PAGE, max - rows.length);
    const result: Result<Output<'audit.list'>> = await call(
      'audit.list',
      after === null ? { ...filter, limit } : { ...filter, limit, after },
    );
    if (!result.ok) return result;
    rows.push(...result.data.rows);
    after = result.data.next;
    onProgress(rows.length);
  } while (after !== null && rows.length < max);
  return { ok: true, rows, more: after !== null };
}
