CREATE TABLE `backup_runs` (
	`id` integer PRIMARY KEY NOT NULL,
	`trigger` text NOT NULL,
	`started_at` text NOT NULL,
	`finished_at` text NOT NULL,
	`result` text NOT NULL,
	`file_name` text,
	`folder` text NOT NULL,
	`size_bytes` integer,
	`write_ms` integer,
	`verify_ms` integer,
	`files_copied` integer,
	`message` text,
	`username` text
);
--> statement-breakpoint
CREATE INDEX `backup_runs_started` ON `backup_runs` (`started_at`);