/**
 * The exports' reads: keyset pages (after the last id seen), so a 200,000-subscriber padrón is
 * read in steps and never held whole by the core.
 */

/** The receipts of a day, a page at a time. */
export const RECEIPT_IDS = `SELECT id FROM receipts WHERE paid_on = @date AND id > @after ORDER BY id LIMIT @limit`;

/** Each line of those receipts: the coupon's items, with the number of what each paid. */
export const PAYMENT_LINES = `SELECT r.id AS receiptId, r.number AS receipt, v.number AS voidNumber, r.paid_at AS paidAt,
    s.code AS subscriberCode, u.full_name AS cashier, cs.workstation, c.number AS coupon, r.amount AS receiptAmount,
    ci.line_no AS lineNo, ci.concept, ci.amount, le.source_type AS sourceType,
    coalesce(CASE le.source_type
      WHEN 'INVOICE' THEN (SELECT number FROM invoices WHERE id = le.source_id)
      WHEN 'PERIODIC_BILL' THEN (SELECT number FROM periodic_bills WHERE id = le.source_id)
      WHEN 'INSTALLMENT' THEN (SELECT number FROM payment_agreements WHERE id = le.source_id)
      WHEN 'AGREEMENT' THEN (SELECT number FROM payment_agreements WHERE id = le.source_id)
    END, '') AS document
  FROM receipts r
  JOIN coupons c ON c.id = r.coupon_id
  JOIN coupon_items ci ON ci.coupon_id = c.id
  JOIN ledger_entries le ON le.id = ci.charge_id
  JOIN subscribers s ON s.id = r.subscriber_id
  JOIN users u ON u.id = r.cashier_id
  JOIN cash_sessions cs ON cs.id = r.cash_session_id
  LEFT JOIN receipt_voids v ON v.receipt_id = r.id
  WHERE r.id IN (SELECT value FROM json_each(@ids))
  ORDER BY r.id, ci.line_no`;

export const TENDERS = `SELECT receipt_id AS receiptId, method, amount FROM receipt_tenders
  WHERE receipt_id IN (SELECT value FROM json_each(@ids)) ORDER BY receipt_id, id`;

export const PADRON_PAGE = `SELECT s.id, s.code, rt.code AS route, z.name AS zone, s.address, s.neighborhood, s.land_use AS landUse,
    s.stratum, s.aqueduct, s.sewer, s.waste, s.status, s.has_meter AS hasMeter, s.meter_serial AS meterSerial,
    s.meter_brand AS meterBrand, p.document_type AS ownerDocumentType, p.document_number AS ownerDocumentNumber,
    trim(p.names || ' ' || p.surnames) AS ownerName, p.mobile AS ownerMobile, p.email AS ownerEmail, s.created_at AS createdAt
  FROM subscribers s
  JOIN routes rt ON rt.id = s.route_id
  JOIN zones z ON z.id = rt.zone_id
  JOIN parties p ON p.id = s.owner_party_id
  WHERE s.id > @after ORDER BY s.id LIMIT @limit`;

export const REQUESTS_PAGE = `SELECT r.id, r.filing_number AS filingNumber, r.filed_at AS filedAt, r.status, s.code AS subscriberCode,
    p.document_type || ' ' || p.document_number AS applicantDocument, trim(p.names || ' ' || p.surnames) AS applicantName,
    r.service, t.name AS requestType, c.name AS cause, ch.name AS channel, z.name AS zone, u.full_name AS asesor,
    r.due_on AS dueOn, r.closed_at AS closedAt, r.observation
  FROM pqr_requests r
  JOIN subscribers s ON s.id = r.subscriber_id
  JOIN parties p ON p.id = r.party_id
  JOIN request_types t ON t.id = r.request_type_id
  JOIN causes c ON c.id = r.cause_id
  JOIN channels ch ON ch.id = r.channel_id
  JOIN zones z ON z.id = r.zone_id
  JOIN users u ON u.id = r.created_by
  WHERE r.filed_on BETWEEN @from AND @to AND r.id > @after ORDER BY r.id LIMIT @limit`;
