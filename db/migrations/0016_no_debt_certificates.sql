CREATE TABLE `no_debt_certificates` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`request_id` integer NOT NULL,
	`subscriber_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	`issued_at` text NOT NULL,
	`issued_on` text NOT NULL,
	`valid_until` text NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `pqr_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `no_debt_certificates_number_unique` ON `no_debt_certificates` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `no_debt_certificates_requestId_unique` ON `no_debt_certificates` (`request_id`);--> statement-breakpoint
ALTER TABLE `causes` ADD `requires_account_current` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `causes` ADD `outcome` text;--> statement-breakpoint
-- A certificate handed to the user is never deleted nor rewritten (TRD "Indefinido").
CREATE TRIGGER `no_debt_certificates_no_delete` BEFORE DELETE ON `no_debt_certificates` BEGIN
  SELECT RAISE(ABORT, 'no_debt_certificates no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `no_debt_certificates_no_update` BEFORE UPDATE ON `no_debt_certificates` BEGIN
  SELECT RAISE(ABORT, 'no_debt_certificates no se modifica');
END;
--> statement-breakpoint
-- Seed 004 in offices that already exist: the causal asks for an account al corriente and its
-- paid fee (CNA), and issues the certificate, unless the office already gave it a gate of its own.
UPDATE `causes` SET `requires_account_current` = 1, `outcome` = 'CERTIFICADO_NO_ADEUDO',
  `gate_product_code` = COALESCE(`gate_product_code`, (SELECT `code` FROM `products` WHERE `code` = 'CNA'))
  WHERE `name` = 'CERTIFICADO DE NO ADEUDO' AND `service` = 'ACUEDUCTO';
