-- Money once taken is never rewritten: coupons, receipts, their tenders and voids are immutable,
-- and a closed cash session (corte de caja) can no longer change.
CREATE TRIGGER `coupons_no_update` BEFORE UPDATE ON `coupons` BEGIN
  SELECT RAISE(ABORT, 'coupons es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `coupons_no_delete` BEFORE DELETE ON `coupons` BEGIN
  SELECT RAISE(ABORT, 'coupons es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `coupon_items_no_update` BEFORE UPDATE ON `coupon_items` BEGIN
  SELECT RAISE(ABORT, 'coupon_items es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `coupon_items_no_delete` BEFORE DELETE ON `coupon_items` BEGIN
  SELECT RAISE(ABORT, 'coupon_items es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `receipts_no_update` BEFORE UPDATE ON `receipts` BEGIN
  SELECT RAISE(ABORT, 'receipts es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `receipts_no_delete` BEFORE DELETE ON `receipts` BEGIN
  SELECT RAISE(ABORT, 'receipts es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `receipt_tenders_no_update` BEFORE UPDATE ON `receipt_tenders` BEGIN
  SELECT RAISE(ABORT, 'receipt_tenders es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `receipt_tenders_no_delete` BEFORE DELETE ON `receipt_tenders` BEGIN
  SELECT RAISE(ABORT, 'receipt_tenders es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `receipt_voids_no_update` BEFORE UPDATE ON `receipt_voids` BEGIN
  SELECT RAISE(ABORT, 'receipt_voids es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `receipt_voids_no_delete` BEFORE DELETE ON `receipt_voids` BEGIN
  SELECT RAISE(ABORT, 'receipt_voids es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `cash_sessions_no_delete` BEFORE DELETE ON `cash_sessions` BEGIN
  SELECT RAISE(ABORT, 'cash_sessions no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `cash_sessions_closed` BEFORE UPDATE ON `cash_sessions`
WHEN old.closed_at IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'cash_sessions: una caja cerrada no se modifica');
END;
--> statement-breakpoint
CREATE TRIGGER `cash_sessions_opening_fixed` BEFORE UPDATE OF cashier_id, workstation, business_date, opened_at, opening_float ON `cash_sessions` BEGIN
  SELECT RAISE(ABORT, 'cash_sessions: la apertura no se modifica');
END;
