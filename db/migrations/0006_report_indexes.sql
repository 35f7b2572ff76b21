CREATE INDEX `agreements_created` ON `payment_agreements` (`created_at`);--> statement-breakpoint
CREATE INDEX `receipt_voids_session` ON `receipt_voids` (`cash_session_id`);