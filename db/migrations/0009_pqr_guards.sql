-- Nothing radicated, assigned, reported, answered or notified is ever deleted (TRD "Indefinido");
-- a trámite's history, its field reports, supports and response letters are never rewritten.
CREATE TRIGGER `pqr_requests_no_delete` BEFORE DELETE ON `pqr_requests` BEGIN
  SELECT RAISE(ABORT, 'pqr_requests no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `pqr_events_no_delete` BEFORE DELETE ON `pqr_events` BEGIN
  SELECT RAISE(ABORT, 'pqr_events no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `pqr_pauses_no_delete` BEFORE DELETE ON `pqr_pauses` BEGIN
  SELECT RAISE(ABORT, 'pqr_pauses no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `visit_appointments_no_delete` BEFORE DELETE ON `visit_appointments` BEGIN
  SELECT RAISE(ABORT, 'visit_appointments no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `work_orders_no_delete` BEFORE DELETE ON `work_orders` BEGIN
  SELECT RAISE(ABORT, 'work_orders no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `field_reports_no_delete` BEFORE DELETE ON `field_reports` BEGIN
  SELECT RAISE(ABORT, 'field_reports no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `field_report_materials_no_delete` BEFORE DELETE ON `field_report_materials` BEGIN
  SELECT RAISE(ABORT, 'field_report_materials no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `attachments_no_delete` BEFORE DELETE ON `attachments` BEGIN
  SELECT RAISE(ABORT, 'attachments no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `response_letters_no_delete` BEFORE DELETE ON `response_letters` BEGIN
  SELECT RAISE(ABORT, 'response_letters no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `notifications_no_delete` BEFORE DELETE ON `notifications` BEGIN
  SELECT RAISE(ABORT, 'notifications no se borra');
END;
--> statement-breakpoint
CREATE TRIGGER `pqr_events_no_update` BEFORE UPDATE ON `pqr_events` BEGIN
  SELECT RAISE(ABORT, 'pqr_events es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `field_reports_no_update` BEFORE UPDATE ON `field_reports` BEGIN
  SELECT RAISE(ABORT, 'field_reports es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `attachments_no_update` BEFORE UPDATE ON `attachments` BEGIN
  SELECT RAISE(ABORT, 'attachments es inmutable');
END;
--> statement-breakpoint
CREATE TRIGGER `response_letters_no_update` BEFORE UPDATE ON `response_letters` BEGIN
  SELECT RAISE(ABORT, 'response_letters es inmutable');
END;
