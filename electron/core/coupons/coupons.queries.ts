/** What a charge is, for people: the factura or agreement it belongs to. */
export const REFERENCE_OF_CHARGE = `CASE c.source_type
    WHEN 'INVOICE' THEN (SELECT i.number FROM invoices i WHERE i.id = c.source_id)
    WHEN 'INSTALLMENT' THEN (SELECT a.number FROM payment_agreements a WHERE a.id = c.source_id)
    ELSE NULL END`;

/** A subscriber's open debts, oldest first by the date of the charge (its period), not its due date. */
export const OPEN_CHARGES = `SELECT * FROM (
    SELECT c.id AS chargeId, c.source_type AS source, c.concept, ${REFERENCE_OF_CHARGE} AS reference,
      c.entry_date AS entryDate, c.due_on AS dueOn, c.amount,
      c.amount + COALESCE((SELECT SUM(a.amount) FROM ledger_entries a WHERE a.applies_to_id = c.id), 0) AS outstanding
    FROM ledger_entries c WHERE c.subscriber_id = ? AND c.kind = 'CHARGE')
  WHERE outstanding > 0 ORDER BY entryDate, chargeId`;

export const COUPON_HEADER = `SELECT k.id, k.number, k.subscriber_id AS subscriberId, k.party_id AS partyId, k.total,
    k.valid_until AS validUntil, k.created_at AS createdAt, s.code, u.full_name AS asesorName, u.document_number AS asesorDocument,
    (SELECT r.number FROM receipts r WHERE r.coupon_id = k.id
       AND NOT EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = r.id)) AS receiptNumber
  FROM coupons k JOIN subscribers s ON s.id = k.subscriber_id JOIN users u ON u.id = k.created_by
  WHERE k.id = ?`;

export const COUPON_ITEMS = `SELECT ci.line_no AS lineNo, ci.charge_id AS chargeId, ci.concept, ${REFERENCE_OF_CHARGE} AS reference,
    c.due_on AS dueOn, ci.amount
  FROM coupon_items ci JOIN ledger_entries c ON c.id = ci.charge_id
  WHERE ci.coupon_id = ? ORDER BY ci.line_no`;

/** The facturas a coupon's items are debts of, in the order the coupon lists them. */
export const COUPON_INVOICES = `SELECT i.number FROM coupon_items ci JOIN ledger_entries c ON c.id = ci.charge_id
    JOIN invoices i ON i.id = c.source_id
  WHERE ci.coupon_id = ? AND c.source_type = 'INVOICE'
  GROUP BY i.number ORDER BY min(ci.line_no)`;
