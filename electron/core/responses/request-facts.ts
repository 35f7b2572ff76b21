import type { PqrStatus, Service } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { notFound } from '../errors';
import { prepared } from '../statements';

/** What responses and notifications need to know about a trámite. */
export interface RequestFacts {
  id: number;
  filingNumber: string;
  filedOn: string;
  status: PqrStatus;
  service: Service;
  cause: string;
  requiresFieldReport: boolean;
  closesWithReport: boolean;
  partyId: number;
  subscriberCode: string;
}

const BY_FILING = `SELECT r.id, r.filing_number AS filingNumber, r.filed_on AS filedOn, r.status, r.service,
    c.name AS cause, c.requires_field_report AS requiresFieldReport, c.closes_with_report AS closesWithReport,
    r.party_id AS partyId, s.code AS subscriberCode
  FROM pqr_requests r JOIN causes c ON c.id = r.cause_id JOIN subscribers s ON s.id = r.subscriber_id
  WHERE r.filing_number = ?`;

type Raw = Omit<RequestFacts, 'requiresFieldReport' | 'closesWithReport'> & {
  requiresFieldReport: number;
  closesWithReport: number;
};

export function requestByFiling(ctx: Ctx, filingNumber: string): RequestFacts {
  const row = prepared(ctx.sqlite, BY_FILING).get(filingNumber) as Raw | undefined;
  if (!row) throw notFound(`No existe un trámite con el radicado ${filingNumber}.`);
  return { ...row, requiresFieldReport: row.requiresFieldReport === 1, closesWithReport: row.closesWithReport === 1 };
}

/** The findings of the latest field report of work actually done for the trámite; null when none. */
export function findingsOf(ctx: Ctx, requestId: number): string | null {
  const row = prepared(
    ctx.sqlite,
    `SELECT f.findings FROM field_reports f JOIN work_orders w ON w.id = f.work_order_id
     WHERE w.request_id = ? AND f.done = 1 ORDER BY f.recorded_at DESC, f.id DESC LIMIT 1`,
  ).get(requestId) as { findings: string } | undefined;
  return row?.findings ?? null;
}
