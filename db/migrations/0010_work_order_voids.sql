ALTER TABLE `work_orders` ADD `voided_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `work_orders` ADD `void_reason` text;