CREATE TABLE `cash_sessions` (
	`id` integer PRIMARY KEY NOT NULL,
	`cashier_id` integer NOT NULL,
	`workstation` text NOT NULL,
	`business_date` text NOT NULL,
	`opened_at` text NOT NULL,
	`opening_float` integer NOT NULL,
	`closed_at` text,
	`close_number` text,
	`count` text,
	`counted_cash` integer,
	`expected_cash` integer,
	`difference` integer,
	`close_note` text,
	FOREIGN KEY (`cashier_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cash_sessions_closeNumber_unique` ON `cash_sessions` (`close_number`);--> statement-breakpoint
CREATE INDEX `cash_sessions_date` ON `cash_sessions` (`business_date`);--> statement-breakpoint
CREATE UNIQUE INDEX `cash_sessions_one_open` ON `cash_sessions` (`cashier_id`) WHERE closed_at IS NULL;--> statement-breakpoint
CREATE TABLE `coupon_items` (
	`id` integer PRIMARY KEY NOT NULL,
	`coupon_id` integer NOT NULL,
	`line_no` integer NOT NULL,
	`charge_id` integer NOT NULL,
	`concept` text NOT NULL,
	`amount` integer NOT NULL,
	FOREIGN KEY (`coupon_id`) REFERENCES `coupons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`charge_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coupon_items_no` ON `coupon_items` (`coupon_id`,`line_no`);--> statement-breakpoint
CREATE INDEX `coupon_items_charge` ON `coupon_items` (`charge_id`);--> statement-breakpoint
CREATE TABLE `coupons` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`subscriber_id` integer NOT NULL,
	`party_id` integer,
	`total` integer NOT NULL,
	`valid_until` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	`request_key` text NOT NULL,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coupons_number_unique` ON `coupons` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `coupons_requestKey_unique` ON `coupons` (`request_key`);--> statement-breakpoint
CREATE INDEX `coupons_subscriber` ON `coupons` (`subscriber_id`);--> statement-breakpoint
CREATE INDEX `coupons_created` ON `coupons` (`created_at`);--> statement-breakpoint
CREATE TABLE `receipt_tenders` (
	`id` integer PRIMARY KEY NOT NULL,
	`receipt_id` integer NOT NULL,
	`method` text NOT NULL,
	`amount` integer NOT NULL,
	`tendered` integer,
	`reference` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `receipt_tenders_receipt` ON `receipt_tenders` (`receipt_id`);--> statement-breakpoint
CREATE TABLE `receipt_voids` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`receipt_id` integer NOT NULL,
	`cash_session_id` integer NOT NULL,
	`requested_by` integer NOT NULL,
	`approved_by` integer NOT NULL,
	`reason` text NOT NULL,
	`voided_at` text NOT NULL,
	FOREIGN KEY (`receipt_id`) REFERENCES `receipts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cash_session_id`) REFERENCES `cash_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`approved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `receipt_voids_number_unique` ON `receipt_voids` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `receipt_voids_receiptId_unique` ON `receipt_voids` (`receipt_id`);--> statement-breakpoint
CREATE TABLE `receipts` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`coupon_id` integer NOT NULL,
	`cash_session_id` integer NOT NULL,
	`payment_id` integer NOT NULL,
	`subscriber_id` integer NOT NULL,
	`amount` integer NOT NULL,
	`change` integer NOT NULL,
	`paid_on` text NOT NULL,
	`paid_at` text NOT NULL,
	`cashier_id` integer NOT NULL,
	`request_key` text NOT NULL,
	FOREIGN KEY (`coupon_id`) REFERENCES `coupons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cash_session_id`) REFERENCES `cash_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`payment_id`) REFERENCES `payments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cashier_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `receipts_number_unique` ON `receipts` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `receipts_requestKey_unique` ON `receipts` (`request_key`);--> statement-breakpoint
CREATE INDEX `receipts_coupon` ON `receipts` (`coupon_id`);--> statement-breakpoint
CREATE INDEX `receipts_session` ON `receipts` (`cash_session_id`);--> statement-breakpoint
CREATE INDEX `receipts_paid_on` ON `receipts` (`paid_on`);