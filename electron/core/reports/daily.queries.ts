/** Receipts of a civil date that were not voided, by cashier and method. */
export const PAYMENTS_BY_CASHIER = `SELECT u.full_name AS cashier, t.method, count(DISTINCT r.id) AS receipts, SUM(t.amount) AS amount
  FROM receipts r JOIN receipt_tenders t ON t.receipt_id = r.id JOIN users u ON u.id = r.cashier_id
  WHERE r.paid_on = ? AND NOT EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = r.id)
  GROUP BY u.full_name, t.method ORDER BY u.full_name, t.method`;

/**
 * Every receipt of a civil date, voided ones too, by cashier and number; its methods of
 * payment as "EFECTIVO,TARJETA" (split into a list by the service).
 */
export const RECEIPTS_OF_DAY = `SELECT u.full_name AS cashier, r.number, r.paid_at AS paidAt, s.code AS subscriberCode,
    (SELECT group_concat(method, ',') FROM (SELECT DISTINCT t.method FROM receipt_tenders t WHERE t.receipt_id = r.id ORDER BY t.method)) AS methods,
    r.amount, EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = r.id) AS voided
  FROM receipts r JOIN users u ON u.id = r.cashier_id JOIN subscribers s ON s.id = r.subscriber_id
  WHERE r.paid_on = ? ORDER BY u.full_name, r.number`;

/** Voids belong to the day of the cash session they were made in (always an open one). */
export const VOIDS_OF_DAY = `SELECT v.number, r.number AS receiptNumber, rq.full_name AS cashier, ap.full_name AS approvedBy,
    r.amount, v.reason, v.voided_at AS at
  FROM receipt_voids v JOIN receipts r ON r.id = v.receipt_id JOIN cash_sessions cs ON cs.id = v.cash_session_id
  JOIN users rq ON rq.id = v.requested_by JOIN users ap ON ap.id = v.approved_by
  WHERE cs.business_date = ? ORDER BY v.id`;

export const SESSIONS_OF_DAY = `SELECT u.full_name AS cashier, cs.workstation, cs.opening_float AS openingFloat,
    cs.expected_cash AS expectedCash, cs.counted_cash AS countedCash, cs.difference, cs.close_number AS closeNumber,
    coalesce(cs.close_note, '') AS note, cs.closed_at AS closedAt, cs.count
  FROM cash_sessions cs JOIN users u ON u.id = cs.cashier_id WHERE cs.business_date = ? ORDER BY cs.id`;

/** What each asesor produced between two instants: facturas (not voided), coupons and agreements. */
export const DOCUMENTS_BY_ASESOR = `SELECT u.full_name AS asesor,
    SUM(kind = 'F') AS facturas, SUM(CASE WHEN kind = 'F' THEN amount ELSE 0 END) AS facturasTotal,
    SUM(kind = 'C') AS coupons, SUM(CASE WHEN kind = 'C' THEN amount ELSE 0 END) AS couponsTotal,
    SUM(kind = 'A') AS agreements, SUM(CASE WHEN kind = 'A' THEN amount ELSE 0 END) AS agreementsFinanced
  FROM (
    SELECT 'F' AS kind, created_by AS userId, total AS amount FROM invoices WHERE created_at >= @from AND created_at < @to AND voided_at IS NULL
    UNION ALL SELECT 'C', created_by, total FROM coupons WHERE created_at >= @from AND created_at < @to
    UNION ALL SELECT 'A', created_by, financed FROM payment_agreements WHERE created_at >= @from AND created_at < @to AND NOT voided
  ) d JOIN users u ON u.id = d.userId
  GROUP BY u.full_name ORDER BY u.full_name`;

export const COLLECTED_ON = `SELECT count(*) AS receipts, coalesce(SUM(r.amount), 0) AS collected FROM receipts r
  WHERE r.paid_on = ? AND NOT EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = r.id)`;

export const FACTURAS_BETWEEN = `SELECT count(*) AS facturas, coalesce(SUM(total), 0) AS facturasTotal FROM invoices
  WHERE created_at >= ? AND created_at < ? AND voided_at IS NULL`;

export const COUPONS_BETWEEN = `SELECT count(*) AS coupons FROM coupons WHERE created_at >= ? AND created_at < ?`;
