export const NOTIFICATION_COLUMNS = `n.id, n.kind, n.result, n.number, l.number AS letterNumber, n.receiver_name AS receiverName,
    n.receiver_document AS receiverDocument, n.guide_number AS guideNumber, n.email, n.sent_on AS sentOn,
    n.result_on AS resultOn, n.posted_on AS postedOn, n.removal_on AS removalOn, n.note, n.recorded_at AS recordedAt,
    u.full_name AS recorderName, u.document_number AS recorderDocument, n.result_recorded_at AS resultRecordedAt,
    ru.full_name AS resultRecordedBy, n.request_id AS requestId, n.response_letter_id AS letterId`;

export const NOTIFICATION_FROM = `FROM notifications n JOIN response_letters l ON l.id = n.response_letter_id
    JOIN users u ON u.id = n.recorded_by LEFT JOIN users ru ON ru.id = n.result_recorded_by`;

/** Trámites whose latest letter waits to be notified, with the latest attempt, oldest letter first. */
export const PENDING_NOTIFICATIONS = `SELECT r.filing_number AS filingNumber, r.status, l.number AS letterNumber,
    l.created_at AS letterDate, s.code AS subscriberCode, trim(p.names || ' ' || p.surnames) AS partyName,
    p.email_consent AS emailConsent, last.kind AS lastKind, last.result AS lastResult
  FROM pqr_requests r
    JOIN response_letters l ON l.id = (SELECT max(id) FROM response_letters WHERE request_id = r.id)
    JOIN subscribers s ON s.id = r.subscriber_id JOIN parties p ON p.id = r.party_id
    LEFT JOIN notifications last ON last.id = (SELECT max(id) FROM notifications WHERE response_letter_id = l.id)
  WHERE r.status = 'RESPONDIDO'
  ORDER BY l.id
  LIMIT ?`;
