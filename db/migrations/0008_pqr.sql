CREATE TABLE `attachments` (
	`id` integer PRIMARY KEY NOT NULL,
	`request_id` integer NOT NULL,
	`field_report_id` integer,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`sha256` text NOT NULL,
	`archive_path` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `pqr_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`field_report_id`) REFERENCES `field_reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_request` ON `attachments` (`request_id`);--> statement-breakpoint
CREATE TABLE `field_report_materials` (
	`id` integer PRIMARY KEY NOT NULL,
	`field_report_id` integer NOT NULL,
	`product_id` integer NOT NULL,
	`quantity` integer NOT NULL,
	`invoice_id` integer,
	FOREIGN KEY (`field_report_id`) REFERENCES `field_reports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`product_id`) REFERENCES `products`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `field_report_materials_pending` ON `field_report_materials` (`invoice_id`);--> statement-breakpoint
CREATE INDEX `field_report_materials_report` ON `field_report_materials` (`field_report_id`);--> statement-breakpoint
CREATE TABLE `field_reports` (
	`id` integer PRIMARY KEY NOT NULL,
	`work_order_id` integer NOT NULL,
	`visited_on` text NOT NULL,
	`findings` text NOT NULL,
	`actions` text NOT NULL,
	`meter_reading` integer,
	`done` integer NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by` integer NOT NULL,
	FOREIGN KEY (`work_order_id`) REFERENCES `work_orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `field_reports_workOrderId_unique` ON `field_reports` (`work_order_id`);--> statement-breakpoint
CREATE TABLE `holidays` (
	`id` integer PRIMARY KEY NOT NULL,
	`country` text NOT NULL,
	`date` text NOT NULL,
	`name` text NOT NULL,
	`source` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `holidays_country_date` ON `holidays` (`country`,`date`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` integer PRIMARY KEY NOT NULL,
	`request_id` integer NOT NULL,
	`response_letter_id` integer NOT NULL,
	`kind` text NOT NULL,
	`number` text,
	`result` text NOT NULL,
	`receiver_name` text,
	`receiver_document` text,
	`guide_number` text,
	`email` text,
	`sent_on` text,
	`result_on` text,
	`posted_on` text,
	`removal_on` text,
	`note` text DEFAULT '' NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by` integer NOT NULL,
	`result_recorded_at` text,
	`result_recorded_by` integer,
	FOREIGN KEY (`request_id`) REFERENCES `pqr_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`response_letter_id`) REFERENCES `response_letters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`result_recorded_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_number_unique` ON `notifications` (`number`);--> statement-breakpoint
CREATE INDEX `notifications_request` ON `notifications` (`request_id`);--> statement-breakpoint
CREATE TABLE `pqr_events` (
	`id` integer PRIMARY KEY NOT NULL,
	`request_id` integer NOT NULL,
	`at` text NOT NULL,
	`user_id` integer NOT NULL,
	`from_status` text,
	`to_status` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `pqr_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pqr_events_request` ON `pqr_events` (`request_id`,`id`);--> statement-breakpoint
CREATE TABLE `pqr_pauses` (
	`id` integer PRIMARY KEY NOT NULL,
	`request_id` integer NOT NULL,
	`paused_on` text NOT NULL,
	`resumed_on` text,
	`reason` text NOT NULL,
	`user_id` integer NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `pqr_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pqr_pauses_request` ON `pqr_pauses` (`request_id`);--> statement-breakpoint
CREATE TABLE `pqr_requests` (
	`id` integer PRIMARY KEY NOT NULL,
	`filing_number` text NOT NULL,
	`filed_at` text NOT NULL,
	`filed_on` text NOT NULL,
	`zone_id` integer NOT NULL,
	`channel_id` integer NOT NULL,
	`subscriber_id` integer NOT NULL,
	`party_id` integer NOT NULL,
	`service` text NOT NULL,
	`request_type_id` integer NOT NULL,
	`cause_id` integer NOT NULL,
	`observation` text NOT NULL,
	`status` text NOT NULL,
	`term_days` integer NOT NULL,
	`due_on` text NOT NULL,
	`extended_days` integer DEFAULT 0 NOT NULL,
	`extension_reason` text,
	`gate_invoice_id` integer,
	`gate_agreement_id` integer,
	`created_by` integer NOT NULL,
	`request_key` text NOT NULL,
	`closed_at` text,
	FOREIGN KEY (`zone_id`) REFERENCES `zones`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`channel_id`) REFERENCES `channels`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subscriber_id`) REFERENCES `subscribers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`party_id`) REFERENCES `parties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`request_type_id`) REFERENCES `request_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`cause_id`) REFERENCES `causes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gate_invoice_id`) REFERENCES `invoices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`gate_agreement_id`) REFERENCES `payment_agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pqr_requests_filingNumber_unique` ON `pqr_requests` (`filing_number`);--> statement-breakpoint
CREATE UNIQUE INDEX `pqr_requests_requestKey_unique` ON `pqr_requests` (`request_key`);--> statement-breakpoint
CREATE INDEX `pqr_requests_status_due` ON `pqr_requests` (`status`,`due_on`,`id`);--> statement-breakpoint
CREATE INDEX `pqr_requests_open_due` ON `pqr_requests` (`due_on`,`id`) WHERE status <> 'CERRADO';--> statement-breakpoint
CREATE INDEX `pqr_requests_filed` ON `pqr_requests` (`filed_on`,`id`);--> statement-breakpoint
CREATE INDEX `pqr_requests_subscriber` ON `pqr_requests` (`subscriber_id`);--> statement-breakpoint
CREATE INDEX `pqr_requests_creator` ON `pqr_requests` (`created_by`,`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `pqr_requests_gate_invoice` ON `pqr_requests` (`gate_invoice_id`) WHERE gate_invoice_id IS NOT NULL;--> statement-breakpoint
CREATE TABLE `response_letters` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`request_id` integer NOT NULL,
	`template_id` integer,
	`sui_response_type` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `pqr_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`template_id`) REFERENCES `response_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `response_letters_number_unique` ON `response_letters` (`number`);--> statement-breakpoint
CREATE INDEX `response_letters_request` ON `response_letters` (`request_id`);--> statement-breakpoint
CREATE TABLE `response_templates` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`body` text NOT NULL,
	`sui_response_type` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `response_templates_name_unique` ON `response_templates` (`name`);--> statement-breakpoint
CREATE TABLE `visit_appointments` (
	`id` integer PRIMARY KEY NOT NULL,
	`request_id` integer NOT NULL,
	`visit_on` text NOT NULL,
	`time_window` text NOT NULL,
	`status` text NOT NULL,
	`asesor_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`replaced_by_id` integer,
	`reschedule_reason` text,
	FOREIGN KEY (`request_id`) REFERENCES `pqr_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`asesor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `visit_appointments_day` ON `visit_appointments` (`visit_on`,`time_window`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `visit_appointments_one_active` ON `visit_appointments` (`request_id`) WHERE status = 'ACTIVA';--> statement-breakpoint
CREATE TABLE `work_orders` (
	`id` integer PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`request_id` integer NOT NULL,
	`field_worker_id` integer NOT NULL,
	`status` text NOT NULL,
	`instructions` text DEFAULT '' NOT NULL,
	`assigned_at` text NOT NULL,
	`assigned_by` integer NOT NULL,
	`closed_at` text,
	`voided_by` integer,
	`void_reason` text,
	FOREIGN KEY (`request_id`) REFERENCES `pqr_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`field_worker_id`) REFERENCES `field_workers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`voided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `work_orders_number_unique` ON `work_orders` (`number`);--> statement-breakpoint
CREATE INDEX `work_orders_worker` ON `work_orders` (`field_worker_id`,`status`);--> statement-breakpoint
CREATE UNIQUE INDEX `work_orders_one_open` ON `work_orders` (`request_id`) WHERE status = 'ABIERTA';--> statement-breakpoint
ALTER TABLE `causes` ADD `gate_product_code` text;--> statement-breakpoint
ALTER TABLE `causes` ADD `needs_appointment` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `causes` ADD `requires_field_report` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `causes` ADD `closes_with_report` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `causes` ADD `restores_service` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `causes` ADD `assigned_by` text DEFAULT 'COORDINADOR_PQR' NOT NULL;--> statement-breakpoint
UPDATE `causes` SET `gate_product_code` = 'REC', `requires_field_report` = 1, `closes_with_report` = 1, `restores_service` = 1, `assigned_by` = 'SUPERVISOR' WHERE `name` = 'RECONEXIÓN DEL SERVICIO';--> statement-breakpoint
UPDATE `causes` SET `needs_appointment` = 1, `requires_field_report` = 1 WHERE `name` IN ('VISITA DOMICILIARIA', 'INSPECCIÓN DE MEDIDOR');
