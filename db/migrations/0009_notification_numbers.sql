ALTER TABLE `notifications` ADD `number` text;--> statement-breakpoint
ALTER TABLE `notifications` ADD `result_recorded_at` text;--> statement-breakpoint
ALTER TABLE `notifications` ADD `result_recorded_by` integer REFERENCES users(id);--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_number_unique` ON `notifications` (`number`);