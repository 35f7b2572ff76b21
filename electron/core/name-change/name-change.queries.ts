/** The SQL of the cambio de nombre, in one place. */
export const OWNER_OF_SUBSCRIBER = `SELECT owner_party_id AS partyId FROM subscribers WHERE id = ?`;

export const CURRENT_PERIOD = `SELECT id FROM owner_history WHERE subscriber_id = ? AND until IS NULL ORDER BY id DESC LIMIT 1`;

export const LINK_REQUEST = `UPDATE pqr_requests SET owner_history_id = ? WHERE id = ?`;

/** The period a trámite opened, and the one it closed (the titular before it, ended that same day). */
export const CHANGE_OF_REQUEST = `SELECT r.filing_number AS filingNumber, r.filed_at AS filedAt, s.code AS subscriberCode,
    h.since AS effectiveOn, h.party_id AS newPartyId, h.documents,
    (SELECT b.party_id FROM owner_history b
      WHERE b.subscriber_id = h.subscriber_id AND b.id < h.id AND b.until = h.since ORDER BY b.id DESC LIMIT 1) AS previousPartyId,
    gi.number AS invoiceNumber, trim(u.full_name) AS asesorName, u.document_number AS asesorDocument
  FROM pqr_requests r
  JOIN owner_history h ON h.id = r.owner_history_id
  JOIN subscribers s ON s.id = r.subscriber_id
  JOIN users u ON u.id = r.created_by
  LEFT JOIN invoices gi ON gi.id = r.gate_invoice_id`;
