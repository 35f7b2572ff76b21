import type { NotificationKind } from '../../../db/schema/enums';
import { addMonths } from '../calendar/civil';
import type { Ctx } from '../context';
import { officeDayOf } from '../context';
import type { SuiRow } from '../contract/reports.contract';
import { prepared } from '../statements';

/**
 * Superservicios' SUI monthly PQR report ("Formato A"). The request type's code is the tipo de
 * trámite's own (ADMINISTRACIÓN → Catálogos); the codes below are our reading of the format
 * (SPEC §5b), checked by an office against the current official table before its first upload.
 */

/** An appeal (recurso de apelación) goes on to Superservicios. */
export const SUI_APPEAL = 4;

/** 1 personal (e-mail with consent is personal notification, CPACA art. 56), 2 edicto, 4 aviso. */
export const SUI_NOTIFICATION_TYPE: Record<NotificationKind, number> = {
  PERSONAL: 1,
  ELECTRONICO: 1,
  EDICTO: 2,
  CORREO_CERTIFICADO: 4,
};

const ROWS = `SELECT r.filing_number AS filingNumber, r.filed_on AS filedOn, t.sui_code AS requestType, c.sui_group AS causeGroup,
    c.sui_code AS causeCode, s.code AS account, gi.number AS invoice,
    l.sui_response_type AS responseType, l.created_at AS respondedAt, l.number AS responseNumber,
    n.kind AS notificationKind, coalesce(n.result_on, n.removal_on) AS notifiedOn
  FROM pqr_requests r
  JOIN request_types t ON t.id = r.request_type_id
  JOIN causes c ON c.id = r.cause_id
  JOIN subscribers s ON s.id = r.subscriber_id
  LEFT JOIN invoices gi ON gi.id = r.gate_invoice_id
  LEFT JOIN response_letters l ON l.id = (SELECT max(id) FROM response_letters WHERE request_id = r.id)
  LEFT JOIN notifications n ON n.id = (SELECT max(id) FROM notifications WHERE request_id = r.id AND result = 'NOTIFICADO')
  WHERE r.filed_on >= ? AND r.filed_on < ?
  ORDER BY r.filing_number`;

interface Raw {
  filingNumber: string;
  filedOn: string;
  requestType: number;
  causeGroup: 'F' | 'P';
  causeCode: string;
  account: string;
  invoice: string | null;
  responseType: number | null;
  respondedAt: string | null;
  responseNumber: string | null;
  notificationKind: NotificationKind | null;
  notifiedOn: string | null;
}

/** The trámites radicated in a month (YYYY-MM), one row each, as the format asks. */
export function suiReport(ctx: Ctx, month: string): SuiRow[] {
  const rows = prepared(ctx.sqlite, ROWS).all(`${month}-01`, `${addMonths(month, 1)}-01`) as Raw[];
  return rows.map((r) => ({
    filingNumber: r.filingNumber,
    filedOn: r.filedOn,
    requestType: r.requestType,
    causeGroup: r.causeGroup,
    causeCode: r.causeCode,
    account: r.account,
    invoice: r.invoice ?? '',
    responseType: r.responseType,
    // The letter is an instant: its day is the office's, not UTC's (an evening reply is that day's).
    respondedOn: r.respondedAt ? officeDayOf(ctx, r.respondedAt) : null,
    responseNumber: r.responseNumber ?? '',
    notifiedOn: r.notifiedOn,
    notificationType: r.notificationKind ? SUI_NOTIFICATION_TYPE[r.notificationKind] : null,
    transferredToSspd: r.requestType === SUI_APPEAL,
  }));
}
