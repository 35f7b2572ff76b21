CREATE TABLE `invoice_lines` (
	`id` integer PRIMARY KEY NOT NULL,
	`invoice_id` integer NOT NULL,
	`line_no` integer NOT NULL,
	`product_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`taxable` integer NOT NULL,
	`quantity` integer NOT NULL,
	`unit_price` integer NOT NULL,
	`amount` integer NOT NULL,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoice_lines_no` ON `invoice_lines` (`invoice_id`,`line_no`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`subscriber_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	`payment_form` text NOT NULL,
	`observation` text NOT NULL,
	`total` integer NOT NULL,
	`charge_entry_id` integer,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	`request_key` text NOT NULL,
	`voided_at` text,
	`voided_by` integer,
	`void_reason` text,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`charge_entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_number_unique` ON `invoices` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `invoices_requestKey_unique` ON `invoices` (`request_key`);--> statement-breakpoint
CREATE INDEX `invoices_subscriber` ON `invoices` (`subscriber_id`);--> statement-breakpoint
CREATE INDEX `invoices_created` ON `invoices` (`created_at`);--> statement-breakpoint
CREATE TABLE `agreement_installments` (
	`id` integer PRIMARY KEY NOT NULL,
	`agreement_id` integer NOT NULL,
	`n` integer NOT NULL,
	`due_on` text NOT NULL,
	`principal` integer NOT NULL,
	`interest` integer NOT NULL,
	`amount` integer NOT NULL,
	`charge_entry_id` integer NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `payment_agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`charge_entry_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agreement_installments_n` ON `agreement_installments` (`agreement_id`,`n`);--> statement-breakpoint
CREATE TABLE `payment_agreements` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`subscriber_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	`origin` text NOT NULL,
	`invoice_id` integer,
	`debt` integer NOT NULL,
	`down_payment` integer NOT NULL,
	`financed` integer NOT NULL,
	`installment_count` integer NOT NULL,
	`monthly_rate_bp` integer NOT NULL,
	`first_due_on` text NOT NULL,
	`voided` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	`request_key` text NOT NULL,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `payment_agreements_number_unique` ON `payment_agreements` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `payment_agreements_requestKey_unique` ON `payment_agreements` (`request_key`);--> statement-breakpoint
CREATE INDEX `agreements_subscriber` ON `payment_agreements` (`subscriber_id`);--> statement-breakpoint
CREATE TABLE `print_log` (
	`id` integer PRIMARY KEY NOT NULL,
	`document_type` text NOT NULL,
	`document_number` text NOT NULL,
	`reprint` integer NOT NULL,
	`archive_path` text NOT NULL,
	`printer` text NOT NULL,
	`printer_error` text,
	`printed_at` text NOT NULL,
	`user_id` integer NOT NULL,
	`workstation` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `print_log_document` ON `print_log` (`document_type`,`document_number`);--> statement-breakpoint
CREATE TABLE `workstation_printers` (
	`workstation` text PRIMARY KEY NOT NULL,
	`document_printer` text DEFAULT '' NOT NULL,
	`receipt_printer` text DEFAULT '' NOT NULL,
	`paper` text DEFAULT 'CARTA' NOT NULL,
	`updated_at` text NOT NULL
);
