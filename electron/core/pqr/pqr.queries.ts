/** The SQL of the trámite's view, in one place. */
export const REQUEST_BY_ID = `SELECT r.id, r.filing_number AS filingNumber, r.filed_at AS filedAt, r.filed_on AS filedOn,
    z.name AS zone, ch.name AS channel, s.code AS subscriberCode, s.has_meter AS hasMeter, r.party_id AS partyId,
    r.service, t.name AS requestType, t.silence_applies AS silenceApplies, r.applicant_kind AS applicantKind, r.term_hours AS termHours, r.due_at AS dueAt, r.cause_id AS causeId, r.observation, r.status, r.term_days AS termDays,
    r.due_on AS dueOn, r.extended_days AS extendedDays, r.extension_reason AS extensionReason,
    gi.number AS gateInvoiceNumber, ga.number AS gateAgreementNumber,
    u.full_name AS asesorName, u.document_number AS asesorDocument, r.closed_at AS closedAt
  FROM pqr_requests r
  JOIN zones z ON z.id = r.zone_id
  JOIN channels ch ON ch.id = r.channel_id
  JOIN subscribers s ON s.id = r.subscriber_id
  JOIN request_types t ON t.id = r.request_type_id
  JOIN users u ON u.id = r.created_by
  LEFT JOIN invoices gi ON gi.id = r.gate_invoice_id
  LEFT JOIN payment_agreements ga ON ga.id = r.gate_agreement_id
  WHERE r.id = ?`;

export const REQUEST_ID_BY_FILING = 'SELECT id FROM pqr_requests WHERE filing_number = ?';

export const EVENTS = `SELECT e.at, u.full_name AS user, e.from_status AS fromStatus, e.to_status AS toStatus, e.note
  FROM pqr_events e JOIN users u ON u.id = e.user_id WHERE e.request_id = ? ORDER BY e.id`;

export const PAUSES = 'SELECT paused_on AS pausedOn, resumed_on AS resumedOn FROM pqr_pauses WHERE request_id = ? ORDER BY id';

export const ACTIVE_APPOINTMENT = `SELECT visit_on AS visitOn, time_window AS timeWindow
  FROM visit_appointments WHERE request_id = ? AND status = 'ACTIVA'`;

/** A notified response ends the legal clock (and the silence check). */
export const NOTIFIED = `SELECT 1 FROM notifications WHERE request_id = ? AND result = 'NOTIFICADO' LIMIT 1`;
