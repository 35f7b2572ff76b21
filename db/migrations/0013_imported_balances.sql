CREATE TABLE `imported_balances` (
	`id` integer PRIMARY KEY NOT NULL,
	`subscriber_id` integer NOT NULL,
	`concept` text NOT NULL,
	`period` text NOT NULL,
	`amount` integer NOT NULL,
	`due_on` text NOT NULL,
	`file_name` text NOT NULL,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `imported_balances_key` ON `imported_balances` (`subscriber_id`,`concept`,`period`);--> statement-breakpoint
-- Imported cartera is money on the account: never rewritten.
CREATE TRIGGER `imported_balances_no_update` BEFORE UPDATE ON `imported_balances` BEGIN
  SELECT RAISE(ABORT, 'imported_balances es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `imported_balances_no_delete` BEFORE DELETE ON `imported_balances` BEGIN
  SELECT RAISE(ABORT, 'imported_balances es inmutable');
END;
