CREATE TABLE `account_statements` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`subscriber_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	`capacity` text NOT NULL,
	`power_note` text DEFAULT '' NOT NULL,
	`balance` integer NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	`request_key` text NOT NULL,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `account_statements_number_unique` ON `account_statements` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `account_statements_requestKey_unique` ON `account_statements` (`request_key`);--> statement-breakpoint
CREATE INDEX `account_statements_subscriber` ON `account_statements` (`subscriber_id`);--> statement-breakpoint
CREATE TRIGGER `account_statements_no_update` BEFORE UPDATE ON `account_statements` BEGIN
  SELECT RAISE(ABORT, 'account_statements es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `account_statements_no_delete` BEFORE DELETE ON `account_statements` BEGIN
  SELECT RAISE(ABORT, 'account_statements es inmutable');
END;
