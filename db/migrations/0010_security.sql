CREATE TABLE `request_keys` (
	`key` text PRIMARY KEY NOT NULL,
	`procedure` text NOT NULL,
	`user_id` integer NOT NULL,
	`input_hash` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `user_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`credentials_version` integer NOT NULL,
	`workstation` text NOT NULL,
	`opened_at` text NOT NULL,
	`last_seen_at` text NOT NULL,
	`locked` integer DEFAULT false NOT NULL,
	`ended_at` text,
	`end_reason` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `user_sessions_user` ON `user_sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `void_approvals` (
	`id` integer PRIMARY KEY NOT NULL,
	`cash_session_id` integer NOT NULL,
	`receipt_number` text NOT NULL,
	`requested_by` integer NOT NULL,
	`supervisor_username` text NOT NULL,
	`granted` integer NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`cash_session_id`) REFERENCES `cash_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `void_approvals_session` ON `void_approvals` (`cash_session_id`,`at`);--> statement-breakpoint
DROP INDEX `print_log_document`;--> statement-breakpoint
ALTER TABLE `print_log` ADD `printer_answered_at` text;--> statement-breakpoint
DROP TRIGGER `print_log_no_update`;--> statement-breakpoint
-- Prints logged before: their printer had answered when they were logged.
UPDATE `print_log` SET `printer_answered_at` = `printed_at`;--> statement-breakpoint
-- Two processes printing at once could log the same copy twice (two ORIGINALs): each
-- document's prints are numbered again in the order they were logged, 0 (ORIGINAL), 1, 2…
UPDATE `print_log` SET `reprint` = ranked.seq
  FROM (SELECT id, ROW_NUMBER() OVER (PARTITION BY document_type, document_number ORDER BY id) - 1 AS seq FROM print_log) AS ranked
  WHERE ranked.id = `print_log`.id AND ranked.seq != `print_log`.reprint;--> statement-breakpoint
CREATE UNIQUE INDEX `print_log_copy` ON `print_log` (`document_type`,`document_number`,`reprint`);--> statement-breakpoint
-- A print is history; only the printer's answer is written, once, after the copy was logged.
CREATE TRIGGER `print_log_no_update` BEFORE UPDATE ON `print_log`
WHEN OLD.printer_answered_at IS NOT NULL OR NEW.printer_answered_at IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.document_type IS NOT OLD.document_type OR NEW.document_number IS NOT OLD.document_number
  OR NEW.reprint IS NOT OLD.reprint OR NEW.archive_path IS NOT OLD.archive_path OR NEW.printer IS NOT OLD.printer
  OR NEW.printed_at IS NOT OLD.printed_at OR NEW.user_id IS NOT OLD.user_id OR NEW.workstation IS NOT OLD.workstation
BEGIN
  SELECT RAISE(ABORT, 'print_log es inmutable');
END;
--> statement-breakpoint
ALTER TABLE `users` ADD `credentials_version` integer DEFAULT 0 NOT NULL;;--> statement-breakpoint
-- Prices are history: a new price is a new row from its date.
CREATE TRIGGER `product_prices_no_update` BEFORE UPDATE ON `product_prices` BEGIN
  SELECT RAISE(ABORT, 'product_prices es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `product_prices_no_delete` BEFORE DELETE ON `product_prices` BEGIN
  SELECT RAISE(ABORT, 'product_prices no se borra');
END;
--> statement-breakpoint
-- A number series only moves forward: no number is ever given twice.
CREATE TRIGGER `sequences_only_up` BEFORE UPDATE ON `sequences`
WHEN NEW.last_value < OLD.last_value OR NEW.series IS NOT OLD.series OR NEW.year IS NOT OLD.year
BEGIN
  SELECT RAISE(ABORT, 'sequences solo aumenta');
END;
--> statement-breakpoint
CREATE TRIGGER `sequences_no_delete` BEFORE DELETE ON `sequences` BEGIN
  SELECT RAISE(ABORT, 'sequences no se borra');
END;
--> statement-breakpoint
-- A user who signed anything stays: deactivated, never deleted.
CREATE TRIGGER `users_no_delete` BEFORE DELETE ON `users` BEGIN
  SELECT RAISE(ABORT, 'users no se borra; desactívelo');
END;
--> statement-breakpoint
CREATE TRIGGER `user_sessions_no_delete` BEFORE DELETE ON `user_sessions` BEGIN
  SELECT RAISE(ABORT, 'user_sessions no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `request_keys_no_update` BEFORE UPDATE ON `request_keys` BEGIN
  SELECT RAISE(ABORT, 'request_keys es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `request_keys_no_delete` BEFORE DELETE ON `request_keys` BEGIN
  SELECT RAISE(ABORT, 'request_keys no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `void_approvals_no_update` BEFORE UPDATE ON `void_approvals` BEGIN
  SELECT RAISE(ABORT, 'void_approvals es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `void_approvals_no_delete` BEFORE DELETE ON `void_approvals` BEGIN
  SELECT RAISE(ABORT, 'void_approvals no se borra');
END;
