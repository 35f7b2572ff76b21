CREATE TABLE `puestos` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`created_at` text NOT NULL,
	`created_by` integer NOT NULL,
	`pairing_code_hash` text,
	`pairing_expires_at` text,
	`key_hash` text,
	`paired_at` text,
	`revoked_at` text,
	`last_seen_at` text,
	`last_address` text,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `puestos_name_unique` ON `puestos` (`name`);--> statement-breakpoint
CREATE UNIQUE INDEX `puestos_keyHash_unique` ON `puestos` (`key_hash`);--> statement-breakpoint
CREATE INDEX `puestos_pairing` ON `puestos` (`pairing_code_hash`);--> statement-breakpoint
CREATE TRIGGER `puestos_no_delete` BEFORE DELETE ON `puestos`
BEGIN SELECT RAISE(ABORT, 'Un puesto no se borra: se revoca.'); END;--> statement-breakpoint
CREATE TRIGGER `puestos_revoked_stays` BEFORE UPDATE OF `revoked_at`, `name` ON `puestos`
WHEN OLD.`revoked_at` IS NOT NULL OR NEW.`name` <> OLD.`name`
BEGIN SELECT RAISE(ABORT, 'Un puesto revocado no vuelve, y un puesto no cambia de nombre.'); END;
