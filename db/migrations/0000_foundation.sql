CREATE TABLE `audit` (
	`id` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`user_id` integer,
	`username` text NOT NULL,
	`workstation` text NOT NULL,
	`procedure` text NOT NULL,
	`record_type` text,
	`record_id` text,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_record` ON `audit` (`record_type`,`record_id`);--> statement-breakpoint
CREATE INDEX `audit_at` ON `audit` (`at`);--> statement-breakpoint
CREATE TABLE `sequences` (
	`series` text NOT NULL,
	`year` integer NOT NULL,
	`last_value` integer NOT NULL,
	PRIMARY KEY(`series`, `year`)
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY NOT NULL,
	`username` text NOT NULL,
	`full_name` text NOT NULL,
	`document_number` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`password_hash` text NOT NULL,
	`must_change_password` integer DEFAULT false NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`created_at` text NOT NULL,
	`password_changed_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `parties` (
	`id` integer PRIMARY KEY NOT NULL,
	`document_type` text NOT NULL,
	`document_number` text NOT NULL,
	`names` text NOT NULL,
	`surnames` text DEFAULT '' NOT NULL,
	`mobile` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`email_consent` integer DEFAULT false NOT NULL,
	`email_consent_date` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `parties_document` ON `parties` (`document_type`,`document_number`);--> statement-breakpoint
CREATE TABLE `meter_readings` (
	`id` integer PRIMARY KEY NOT NULL,
	`subscriber_id` integer NOT NULL,
	`period` text NOT NULL,
	`read_on` text NOT NULL,
	`reading` real,
	`consumption_m_3` integer NOT NULL,
	`estimated` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `meter_readings_period` ON `meter_readings` (`subscriber_id`,`period`);--> statement-breakpoint
CREATE TABLE `owner_history` (
	`id` integer PRIMARY KEY NOT NULL,
	`subscriber_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	`since` text NOT NULL,
	`until` text,
	`reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `owner_history_subscriber` ON `owner_history` (`subscriber_id`);--> statement-breakpoint
CREATE TABLE `periodic_bills` (
	`id` integer PRIMARY KEY NOT NULL,
	`subscriber_id` integer NOT NULL,
	`period` text NOT NULL,
	`number` text NOT NULL,
	`issued_on` text NOT NULL,
	`due_on` text NOT NULL,
	`consumption_m_3` integer NOT NULL,
	`aqueduct` integer NOT NULL,
	`sewer` integer NOT NULL,
	`waste` integer NOT NULL,
	`total` integer NOT NULL,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `periodic_bills_number_unique` ON `periodic_bills` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `periodic_bills_period` ON `periodic_bills` (`subscriber_id`,`period`);--> statement-breakpoint
CREATE TABLE `routes` (
	`id` integer PRIMARY KEY NOT NULL,
	`zone_id` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`zone_id`) REFERENCES `zones`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `routes_code_unique` ON `routes` (`code`);--> statement-breakpoint
CREATE TABLE `subscribers` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`route_id` integer NOT NULL,
	`address` text NOT NULL,
	`neighborhood` text DEFAULT '' NOT NULL,
	`land_use` text NOT NULL,
	`stratum` integer,
	`aqueduct` integer NOT NULL,
	`sewer` integer NOT NULL,
	`waste` integer NOT NULL,
	`status` text NOT NULL,
	`has_meter` integer NOT NULL,
	`meter_serial` text DEFAULT '' NOT NULL,
	`meter_brand` text DEFAULT '' NOT NULL,
	`owner_party_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`route_id`) REFERENCES `routes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`owner_party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subscribers_code_unique` ON `subscribers` (`code`);--> statement-breakpoint
CREATE INDEX `subscribers_route` ON `subscribers` (`route_id`);--> statement-breakpoint
CREATE INDEX `subscribers_owner` ON `subscribers` (`owner_party_id`);--> statement-breakpoint
CREATE TABLE `zones` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`municipality` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `zones_name_unique` ON `zones` (`name`);--> statement-breakpoint
CREATE TABLE `ledger_entries` (
	`id` integer PRIMARY KEY NOT NULL,
	`subscriber_id` integer NOT NULL,
	`entry_date` text NOT NULL,
	`posted_at` text NOT NULL,
	`kind` text NOT NULL,
	`amount` integer NOT NULL,
	`concept` text NOT NULL,
	`source_type` text NOT NULL,
	`source_id` integer NOT NULL,
	`due_on` text,
	`applies_to_id` integer,
	`user_id` integer,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`applies_to_id`) REFERENCES `ledger_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `ledger_subscriber` ON `ledger_entries` (`subscriber_id`,`entry_date`);--> statement-breakpoint
CREATE INDEX `ledger_applies_to` ON `ledger_entries` (`applies_to_id`);--> statement-breakpoint
CREATE INDEX `ledger_source` ON `ledger_entries` (`source_type`,`source_id`);--> statement-breakpoint
CREATE TABLE `payments` (
	`id` integer PRIMARY KEY NOT NULL,
	`subscriber_id` integer NOT NULL,
	`paid_on` text NOT NULL,
	`paid_at` text NOT NULL,
	`amount` integer NOT NULL,
	`channel` text NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payments_subscriber` ON `payments` (`subscriber_id`);--> statement-breakpoint
CREATE INDEX `payments_paid_on` ON `payments` (`paid_on`);--> statement-breakpoint
CREATE TABLE `causes` (
	`id` integer PRIMARY KEY NOT NULL,
	`service` text NOT NULL,
	`name` text NOT NULL,
	`sui_group` text NOT NULL,
	`sui_code` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `causes_service_name` ON `causes` (`service`,`name`);--> statement-breakpoint
CREATE TABLE `channels` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channels_name_unique` ON `channels` (`name`);--> statement-breakpoint
CREATE TABLE `field_workers` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`document_number` text NOT NULL,
	`kind` text NOT NULL,
	`mobile` text DEFAULT '' NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `field_workers_documentNumber_unique` ON `field_workers` (`document_number`);--> statement-breakpoint
CREATE TABLE `product_prices` (
	`id` integer PRIMARY KEY NOT NULL,
	`product_id` integer NOT NULL,
	`price` integer NOT NULL,
	`valid_from` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `product_prices_product` ON `product_prices` (`product_id`,`valid_from`);--> statement-breakpoint
CREATE TABLE `products` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`taxable` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `products_code_unique` ON `products` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `products_name_unique` ON `products` (`name`);--> statement-breakpoint
CREATE TABLE `request_types` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`response_days` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_types_name_unique` ON `request_types` (`name`);