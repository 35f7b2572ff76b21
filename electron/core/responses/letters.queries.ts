/** Trámites waiting for a response: with their field report, or radicated when the causal needs none. */
export const PENDING_RESPONSES = `SELECT r.filing_number AS filingNumber, r.filed_on AS filedOn, r.due_on AS dueOn, r.status,
    r.service, c.name AS cause, s.code AS subscriberCode, trim(p.names || ' ' || p.surnames) AS partyName,
    EXISTS (SELECT 1 FROM work_orders w JOIN field_reports f ON f.work_order_id = w.id
            WHERE w.request_id = r.id AND f.done = 1) AS hasReport
  FROM pqr_requests r JOIN causes c ON c.id = r.cause_id JOIN subscribers s ON s.id = r.subscriber_id
    JOIN parties p ON p.id = r.party_id
  WHERE (r.status = 'INFORME' AND c.closes_with_report = 0)
     OR (r.status = 'RADICADO' AND c.requires_field_report = 0 AND c.closes_with_report = 0)
  ORDER BY r.due_on, r.id
  LIMIT ?`;

export const LETTER_COLUMNS = `l.id, l.number, l.created_at AS createdAt, l.sui_response_type AS suiResponseType, l.body,
    t.name AS templateName, r.filing_number AS filingNumber, u.full_name AS signerName, u.document_number AS signerDocument`;

export const LETTER_FROM = `FROM response_letters l JOIN pqr_requests r ON r.id = l.request_id
    JOIN users u ON u.id = l.created_by LEFT JOIN response_templates t ON t.id = l.template_id`;
