CREATE TABLE `subscriber_status_changes` (
	`id` integer PRIMARY KEY NOT NULL,
	`subscriber_id` integer NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`effective_on` text NOT NULL,
	`reason` text NOT NULL,
	`document` text NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `subscriber_status_changes_subscriber` ON `subscriber_status_changes` (`subscriber_id`,`id`);--> statement-breakpoint
CREATE TABLE `requirements` (
	`id` integer PRIMARY KEY NOT NULL,
	`request_type_id` integer,
	`cause_id` integer,
	`applicant_kind` text NOT NULL,
	`name` text NOT NULL,
	`required` integer DEFAULT true NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`request_type_id`) REFERENCES `request_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cause_id`) REFERENCES `causes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `requirements_type` ON `requirements` (`request_type_id`);--> statement-breakpoint
CREATE INDEX `requirements_cause` ON `requirements` (`cause_id`);--> statement-breakpoint
CREATE TABLE `services` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_name_unique` ON `services` (`name`);--> statement-breakpoint
CREATE TABLE `missing_document_notices` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`subscriber_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	`request_type_id` integer NOT NULL,
	`cause_id` integer NOT NULL,
	`applicant_kind` text NOT NULL,
	`missing` text NOT NULL,
	`presented` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	`request_key` text NOT NULL,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`request_type_id`) REFERENCES `request_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cause_id`) REFERENCES `causes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `missing_document_notices_number_unique` ON `missing_document_notices` (`number`);--> statement-breakpoint
CREATE UNIQUE INDEX `missing_document_notices_requestKey_unique` ON `missing_document_notices` (`request_key`);--> statement-breakpoint
CREATE TABLE `pqr_requirements` (
	`request_id` integer NOT NULL,
	`requirement_id` integer NOT NULL,
	`name` text NOT NULL,
	`required` integer NOT NULL,
	`presented` integer NOT NULL,
	PRIMARY KEY(`request_id`, `requirement_id`),
	FOREIGN KEY (`request_id`) REFERENCES `pqr_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requirement_id`) REFERENCES `requirements`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `owner_history` ADD `documents` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `owner_history` ADD `recorded_at` text;--> statement-breakpoint
ALTER TABLE `owner_history` ADD `recorded_by` integer REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `routes` ADD `active` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `subscribers` ADD `request_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `subscribers_requestKey_unique` ON `subscribers` (`request_key`);--> statement-breakpoint
ALTER TABLE `zones` ADD `active` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `causes` ADD `term_days` integer;--> statement-breakpoint
ALTER TABLE `causes` ADD `term_hours` integer;--> statement-breakpoint
ALTER TABLE `request_types` ADD `silence_applies` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `request_types` ADD `sui_code` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
ALTER TABLE `pqr_requests` ADD `term_hours` integer;--> statement-breakpoint
ALTER TABLE `pqr_requests` ADD `due_at` text;--> statement-breakpoint
ALTER TABLE `pqr_requests` ADD `applicant_kind` text DEFAULT 'TITULAR' NOT NULL;--> statement-breakpoint
-- The tariff's services, by the names the padrón's flags carry.
INSERT INTO `services` (`code`, `name`) VALUES ('ACUEDUCTO', 'ACUEDUCTO'), ('ALCANTARILLADO', 'ALCANTARILLADO'), ('ASEO', 'ASEO');--> statement-breakpoint
-- What was written in code before: silencio administrativo and the SUI code of each tipo.
UPDATE `request_types` SET `silence_applies` = 1 WHERE `name` IN ('PETICIÓN', 'QUEJA', 'RECLAMO', 'RECURSO DE REPOSICIÓN');--> statement-breakpoint
UPDATE `request_types` SET `sui_code` = CASE `name` WHEN 'RECLAMO' THEN 1 WHEN 'QUEJA' THEN 2 WHEN 'RECURSO DE REPOSICIÓN' THEN 3
  WHEN 'RECURSO DE APELACIÓN' THEN 4 ELSE 5 END;--> statement-breakpoint
-- SPEC §5b: a reconnection within 24 hours of the verified payment (new trámites; filed ones keep their term).
UPDATE `causes` SET `term_hours` = 24 WHERE `restores_service` = 1 AND `gate_product_code` IS NOT NULL;--> statement-breakpoint
-- Catalog entries are deactivated, never deleted: records point at them.
CREATE TRIGGER `zones_no_delete` BEFORE DELETE ON `zones` BEGIN SELECT RAISE(ABORT, 'zones no se borra; desactívela'); END;--> statement-breakpoint
CREATE TRIGGER `routes_no_delete` BEFORE DELETE ON `routes` BEGIN SELECT RAISE(ABORT, 'routes no se borra; desactívela'); END;--> statement-breakpoint
CREATE TRIGGER `channels_no_delete` BEFORE DELETE ON `channels` BEGIN SELECT RAISE(ABORT, 'channels no se borra; desactívelo'); END;--> statement-breakpoint
CREATE TRIGGER `services_no_delete` BEFORE DELETE ON `services` BEGIN SELECT RAISE(ABORT, 'services no se borra; desactívelo'); END;--> statement-breakpoint
CREATE TRIGGER `request_types_no_delete` BEFORE DELETE ON `request_types` BEGIN SELECT RAISE(ABORT, 'request_types no se borra; desactívelo'); END;--> statement-breakpoint
CREATE TRIGGER `causes_no_delete` BEFORE DELETE ON `causes` BEGIN SELECT RAISE(ABORT, 'causes no se borra; desactívela'); END;--> statement-breakpoint
CREATE TRIGGER `field_workers_no_delete` BEFORE DELETE ON `field_workers` BEGIN SELECT RAISE(ABORT, 'field_workers no se borra; desactívelo'); END;--> statement-breakpoint
CREATE TRIGGER `requirements_no_delete` BEFORE DELETE ON `requirements` BEGIN SELECT RAISE(ABORT, 'requirements no se borra; desactívelo'); END;--> statement-breakpoint
CREATE TRIGGER `subscribers_no_delete` BEFORE DELETE ON `subscribers` BEGIN SELECT RAISE(ABORT, 'subscribers no se borra; cancélelo'); END;--> statement-breakpoint
-- The lifecycle, what a trámite was radicated with, and the missing-documents sheets are history.
CREATE TRIGGER `subscriber_status_changes_no_update` BEFORE UPDATE ON `subscriber_status_changes` BEGIN SELECT RAISE(ABORT, 'subscriber_status_changes es inmutable'); END;--> statement-breakpoint
CREATE TRIGGER `subscriber_status_changes_no_delete` BEFORE DELETE ON `subscriber_status_changes` BEGIN SELECT RAISE(ABORT, 'subscriber_status_changes no se borra'); END;--> statement-breakpoint
CREATE TRIGGER `pqr_requirements_no_update` BEFORE UPDATE ON `pqr_requirements` BEGIN SELECT RAISE(ABORT, 'pqr_requirements es inmutable'); END;--> statement-breakpoint
CREATE TRIGGER `pqr_requirements_no_delete` BEFORE DELETE ON `pqr_requirements` BEGIN SELECT RAISE(ABORT, 'pqr_requirements no se borra'); END;--> statement-breakpoint
CREATE TRIGGER `missing_document_notices_no_update` BEFORE UPDATE ON `missing_document_notices` BEGIN SELECT RAISE(ABORT, 'missing_document_notices es inmutable'); END;--> statement-breakpoint
CREATE TRIGGER `missing_document_notices_no_delete` BEFORE DELETE ON `missing_document_notices` BEGIN SELECT RAISE(ABORT, 'missing_document_notices no se borra'); END;--> statement-breakpoint
CREATE TRIGGER `owner_history_no_delete` BEFORE DELETE ON `owner_history` BEGIN SELECT RAISE(ABORT, 'owner_history no se borra'); END;
