-- Full-text search over the padrón (código, titular, cédula, dirección) and over terceros.
-- Accents and case are folded by the tokenizer: "nunez" finds "Núñez".
CREATE VIRTUAL TABLE `padron_fts` USING fts5(
  code, name, document, address,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `parties_fts` USING fts5(
  document, name,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
--> statement-breakpoint
CREATE TRIGGER `padron_fts_insert` AFTER INSERT ON `subscribers` BEGIN
  INSERT INTO `padron_fts` (rowid, code, name, document, address)
  SELECT new.id, new.code, p.names || ' ' || p.surnames, p.document_number, new.address || ' ' || new.neighborhood
  FROM `parties` p WHERE p.id = new.owner_party_id;
END;
--> statement-breakpoint
CREATE TRIGGER `padron_fts_update` AFTER UPDATE OF code, address, neighborhood, owner_party_id ON `subscribers` BEGIN
  DELETE FROM `padron_fts` WHERE rowid = old.id;
  INSERT INTO `padron_fts` (rowid, code, name, document, address)
  SELECT new.id, new.code, p.names || ' ' || p.surnames, p.document_number, new.address || ' ' || new.neighborhood
  FROM `parties` p WHERE p.id = new.owner_party_id;
END;
--> statement-breakpoint
CREATE TRIGGER `padron_fts_delete` AFTER DELETE ON `subscribers` BEGIN
  DELETE FROM `padron_fts` WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `parties_fts_insert` AFTER INSERT ON `parties` BEGIN
  INSERT INTO `parties_fts` (rowid, document, name) VALUES (new.id, new.document_number, new.names || ' ' || new.surnames);
END;
--> statement-breakpoint
CREATE TRIGGER `parties_fts_update` AFTER UPDATE OF document_number, names, surnames ON `parties` BEGIN
  DELETE FROM `parties_fts` WHERE rowid = old.id;
  INSERT INTO `parties_fts` (rowid, document, name) VALUES (new.id, new.document_number, new.names || ' ' || new.surnames);
  DELETE FROM `padron_fts` WHERE rowid IN (SELECT id FROM `subscribers` WHERE owner_party_id = new.id);
  INSERT INTO `padron_fts` (rowid, code, name, document, address)
  SELECT s.id, s.code, new.names || ' ' || new.surnames, new.document_number, s.address || ' ' || s.neighborhood
  FROM `subscribers` s WHERE s.owner_party_id = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `parties_fts_delete` AFTER DELETE ON `parties` BEGIN
  DELETE FROM `parties_fts` WHERE rowid = old.id;
END;
--> statement-breakpoint
-- What is posted is never changed or deleted: mistakes are reversed by new rows.
CREATE TRIGGER `ledger_entries_no_update` BEFORE UPDATE ON `ledger_entries` BEGIN
  SELECT RAISE(ABORT, 'ledger_entries es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `ledger_entries_no_delete` BEFORE DELETE ON `ledger_entries` BEGIN
  SELECT RAISE(ABORT, 'ledger_entries es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `payments_no_update` BEFORE UPDATE ON `payments` BEGIN
  SELECT RAISE(ABORT, 'payments es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `payments_no_delete` BEFORE DELETE ON `payments` BEGIN
  SELECT RAISE(ABORT, 'payments es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `periodic_bills_no_update` BEFORE UPDATE ON `periodic_bills` BEGIN
  SELECT RAISE(ABORT, 'periodic_bills es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `periodic_bills_no_delete` BEFORE DELETE ON `periodic_bills` BEGIN
  SELECT RAISE(ABORT, 'periodic_bills es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_no_update` BEFORE UPDATE ON `audit` BEGIN
  SELECT RAISE(ABORT, 'audit es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_no_delete` BEFORE DELETE ON `audit` BEGIN
  SELECT RAISE(ABORT, 'audit es inmutable');
END;
