ALTER TABLE `pqr_requests` ADD `owner_history_id` integer REFERENCES owner_history(id);--> statement-breakpoint
-- Seed 004 in offices that already exist (an empty database gets all this from the seed): the
-- cambio de nombre's fee (CNO) when the office has no such product yet, with its price…
INSERT INTO `products` (`code`, `name`, `category`, `taxable`)
  SELECT 'CNO', 'CAMBIO DE NOMBRE', 'CARGO', 0
  WHERE EXISTS (SELECT 1 FROM `causes` WHERE `name` = 'CAMBIO DE NOMBRE')
    AND NOT EXISTS (SELECT 1 FROM `products` WHERE `code` = 'CNO' OR `name` = 'CAMBIO DE NOMBRE');--> statement-breakpoint
INSERT INTO `product_prices` (`product_id`, `price`, `valid_from`, `created_at`)
  SELECT `id`, 45000, '2000-01-01', strftime('%Y-%m-%dT%H:%M:%fZ', 'now') FROM `products` p
  WHERE p.`code` = 'CNO' AND NOT EXISTS (SELECT 1 FROM `product_prices` pp WHERE pp.`product_id` = p.`id`);--> statement-breakpoint
-- …and the causal asks for an account al corriente and its paid fee, and changes the titular,
-- unless the office already gave it a gate of its own.
UPDATE `causes` SET `requires_account_current` = 1, `outcome` = 'CAMBIO_DE_TITULAR',
  `gate_product_code` = COALESCE(`gate_product_code`, (SELECT `code` FROM `products` WHERE `code` = 'CNO'))
  WHERE `name` = 'CAMBIO DE NOMBRE' AND `service` = 'ACUEDUCTO';
