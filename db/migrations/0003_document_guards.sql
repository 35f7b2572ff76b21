-- Nothing printed is deleted or rewritten: facturas and agreements are voided, never edited.
CREATE TRIGGER `invoices_no_delete` BEFORE DELETE ON `invoices` BEGIN
  SELECT RAISE(ABORT, 'invoices no se borra: se anula');
END;
--> statement-breakpoint
CREATE TRIGGER `invoices_fixed` BEFORE UPDATE OF number, subscriber_id, party_id, payment_form, observation, total, charge_entry_id, created_at, created_by, request_key ON `invoices`
WHEN old.charge_entry_id IS NOT NULL BEGIN
  SELECT RAISE(ABORT, 'invoices: una factura guardada no se modifica');
END;
--> statement-breakpoint
CREATE TRIGGER `invoice_lines_no_update` BEFORE UPDATE ON `invoice_lines` BEGIN
  SELECT RAISE(ABORT, 'invoice_lines es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `invoice_lines_no_delete` BEFORE DELETE ON `invoice_lines` BEGIN
  SELECT RAISE(ABORT, 'invoice_lines es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_agreements_no_delete` BEFORE DELETE ON `payment_agreements` BEGIN
  SELECT RAISE(ABORT, 'payment_agreements no se borra: se anula');
END;
--> statement-breakpoint
CREATE TRIGGER `payment_agreements_fixed` BEFORE UPDATE OF number, subscriber_id, debt, down_payment, financed, installment_count, monthly_rate_bp, first_due_on ON `payment_agreements` BEGIN
  SELECT RAISE(ABORT, 'payment_agreements: un acuerdo firmado no se modifica');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_installments_no_update` BEFORE UPDATE ON `agreement_installments` BEGIN
  SELECT RAISE(ABORT, 'agreement_installments es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `agreement_installments_no_delete` BEFORE DELETE ON `agreement_installments` BEGIN
  SELECT RAISE(ABORT, 'agreement_installments es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `print_log_no_update` BEFORE UPDATE ON `print_log` BEGIN
  SELECT RAISE(ABORT, 'print_log es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `print_log_no_delete` BEFORE DELETE ON `print_log` BEGIN
  SELECT RAISE(ABORT, 'print_log es inmutable');
END;
