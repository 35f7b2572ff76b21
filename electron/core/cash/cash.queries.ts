export const SESSION_ROW = `SELECT cs.id, cs.cashier_id AS cashierId, u.full_name AS cashierName, u.document_number AS cashierDocument,
    cs.workstation, cs.business_date AS businessDate, cs.opened_at AS openedAt, cs.opening_float AS openingFloat,
    cs.closed_at AS closedAt, cs.close_number AS closeNumber, cs.count, cs.counted_cash AS countedCash,
    cs.expected_cash AS expectedCash, cs.difference, cs.close_note AS closeNote,
    (SELECT count(*) FROM receipts r WHERE r.cash_session_id = cs.id) AS receipts,
    (SELECT COALESCE(SUM(r.amount), 0) FROM receipts r WHERE r.cash_session_id = cs.id
       AND NOT EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = r.id)) AS collected
  FROM cash_sessions cs JOIN users u ON u.id = cs.cashier_id`;

export const OPEN_SESSION_OF = `${SESSION_ROW} WHERE cs.cashier_id = ? AND cs.closed_at IS NULL`;
export const SESSION_BY_ID = `${SESSION_ROW} WHERE cs.id = ?`;

/** Cash the drawer should hold: the float plus cash taken (net of change) on receipts not voided. */
export const EXPECTED_CASH = `SELECT cs.opening_float + COALESCE((
    SELECT SUM(t.amount) FROM receipt_tenders t JOIN receipts r ON r.id = t.receipt_id
    WHERE r.cash_session_id = cs.id AND t.method = 'EFECTIVO'
      AND NOT EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = r.id)), 0) AS expected
  FROM cash_sessions cs WHERE cs.id = ?`;

export const RECEIPT_ROW = `SELECT r.id, r.number, r.coupon_id AS couponId, r.cash_session_id AS cashSessionId, r.payment_id AS paymentId,
    r.amount, r.change, r.paid_at AS paidAt, u.full_name AS cashierName, u.document_number AS cashierDocument,
    v.number AS voidNumber, v.voided_at AS voidedAt, v.reason AS voidReason,
    rq.full_name AS voidRequestedBy, ap.full_name AS voidApprovedBy
  FROM receipts r JOIN users u ON u.id = r.cashier_id
  LEFT JOIN receipt_voids v ON v.receipt_id = r.id
  LEFT JOIN users rq ON rq.id = v.requested_by
  LEFT JOIN users ap ON ap.id = v.approved_by`;

export const TENDERS_OF = `SELECT method, amount, tendered, reference FROM receipt_tenders WHERE receipt_id = ? ORDER BY id`;

/** The receipt (not voided) that last paid on a charge: what a cashier is told a paid factura was paid with. */
export const LAST_RECEIPT_OF_CHARGE = `SELECT r.number FROM receipts r JOIN coupon_items ci ON ci.coupon_id = r.coupon_id
  WHERE ci.charge_id = ? AND NOT EXISTS (SELECT 1 FROM receipt_voids v WHERE v.receipt_id = r.id)
  ORDER BY r.id DESC LIMIT 1`;

/** The ledger charge a factura posted. */
export const CHARGE_OF_INVOICE = 'SELECT charge_entry_id AS chargeId FROM invoices WHERE id = ?';
