/** The SQL of trabajo de campo, in one place. */

const OWNER_NAME = `trim(p.names || ' ' || p.surnames)`;

const APPOINTMENT = `LEFT JOIN visit_appointments a ON a.request_id = r.id AND a.status = 'ACTIVA'`;

export const ACTIVE_WORKERS = `SELECT w.id, w.name, w.document_number AS documentNumber, w.kind, w.mobile,
    (SELECT count(*) FROM work_orders o WHERE o.field_worker_id = w.id AND o.status = 'ABIERTA') AS openOrders
  FROM field_workers w WHERE w.active = 1 ORDER BY w.name`;

export const WORKER_BY_ID = 'SELECT id, name, active FROM field_workers WHERE id = ?';

/**
 * Trámites waiting for a field worker. An assigner sees those of its causales (the ones that
 * need a field report first); anyone else sees every one that needs field work, to follow it.
 */
export const QUEUE = `SELECT r.filing_number AS filingNumber, r.filed_on AS filedOn, r.due_on AS dueOn, r.status, r.service,
    c.name AS cause, c.assigned_by AS assignedBy, c.requires_field_report AS requiresFieldReport,
    s.code AS subscriberCode, ${OWNER_NAME} AS subscriberName, s.address, ro.code AS routeCode,
    a.visit_on AS visitOn, a.time_window AS timeWindow
  FROM pqr_requests r
  JOIN causes c ON c.id = r.cause_id
  JOIN subscribers s ON s.id = r.subscriber_id
  JOIN parties p ON p.id = s.owner_party_id
  JOIN routes ro ON ro.id = s.route_id
  ${APPOINTMENT}
  WHERE r.status = 'RADICADO' AND (c.assigned_by = @role OR (@assigner = 0 AND c.requires_field_report = 1))
  ORDER BY c.requires_field_report DESC, r.due_on, r.id
  LIMIT @limit`;

export const OPEN_ORDERS = `SELECT o.number, r.filing_number AS filingNumber, o.assigned_at AS assignedAt, w.name AS fieldWorker,
    c.name AS cause, c.assigned_by AS assignedBy, c.restores_service AS restoresService,
    s.code AS subscriberCode, ${OWNER_NAME} AS subscriberName, s.address, ro.code AS routeCode, s.has_meter AS hasMeter,
    r.due_on AS dueOn, a.visit_on AS visitOn, a.time_window AS timeWindow
  FROM work_orders o
  JOIN pqr_requests r ON r.id = o.request_id
  JOIN causes c ON c.id = r.cause_id
  JOIN field_workers w ON w.id = o.field_worker_id
  JOIN subscribers s ON s.id = r.subscriber_id
  JOIN parties p ON p.id = s.owner_party_id
  JOIN routes ro ON ro.id = s.route_id
  ${APPOINTMENT}
  WHERE o.status = 'ABIERTA'
  ORDER BY ro.code, o.assigned_at, o.id`;

/** What assigning and reporting need to know of a trámite and its causal. */
export const REQUEST_FOR_WORK = `SELECT r.id, r.filing_number AS filingNumber, r.status, r.filed_on AS filedOn,
    r.subscriber_id AS subscriberId, r.party_id AS partyId, c.name AS cause, c.assigned_by AS assignedBy,
    c.closes_with_report AS closesWithReport, c.restores_service AS restoresService
  FROM pqr_requests r JOIN causes c ON c.id = r.cause_id WHERE r.filing_number = ?`;

export const OPEN_ORDER_OF_REQUEST = `SELECT id, number, field_worker_id AS fieldWorkerId FROM work_orders
  WHERE request_id = ? AND status = 'ABIERTA'`;

export const ORDER_ID_BY_NUMBER = 'SELECT id FROM work_orders WHERE number = ?';

export const ORDER_BY_ID = `SELECT o.id, o.number, o.status, o.assigned_at AS assignedAt, o.instructions, o.closed_at AS closedAt,
    o.void_reason AS voidReason, u.full_name AS assignerName, u.document_number AS assignerDocument,
    w.id AS workerId, w.name AS workerName, w.document_number AS workerDocument, w.kind AS workerKind, w.mobile AS workerMobile,
    r.id AS requestId, r.filing_number AS filingNumber, r.filed_at AS filedAt, r.due_on AS dueOn, r.status AS requestStatus,
    r.service, t.name AS requestType, c.name AS cause, c.assigned_by AS causeAssignedBy,
    c.restores_service AS restoresService, r.observation, r.party_id AS partyId,
    s.code AS subscriberCode, s.has_meter AS hasMeter, s.meter_serial AS meterSerial, s.meter_brand AS meterBrand,
    a.visit_on AS visitOn, a.time_window AS timeWindow
  FROM work_orders o
  JOIN users u ON u.id = o.assigned_by
  JOIN field_workers w ON w.id = o.field_worker_id
  JOIN pqr_requests r ON r.id = o.request_id
  JOIN request_types t ON t.id = r.request_type_id
  JOIN causes c ON c.id = r.cause_id
  JOIN subscribers s ON s.id = r.subscriber_id
  ${APPOINTMENT}
  WHERE o.id = ?`;

export const REPORT_OF_ORDER = `SELECT f.id, f.visited_on AS visitedOn, f.findings, f.actions, f.meter_reading AS meterReading,
    f.done, f.recorded_at AS recordedAt, u.full_name AS recordedBy
  FROM field_reports f JOIN users u ON u.id = f.recorded_by WHERE f.work_order_id = ?`;

export const MATERIALS_OF_REPORT = `SELECT m.id, m.product_id AS productId, pr.code, pr.name, m.quantity, m.invoice_id AS invoiceId,
    i.number AS invoiceNumber
  FROM field_report_materials m JOIN products pr ON pr.id = m.product_id LEFT JOIN invoices i ON i.id = m.invoice_id
  WHERE m.field_report_id = ? ORDER BY m.id`;

/** By the trámite's index: a trámite has few attachments. */
export const ATTACHMENTS_OF_REPORT = `SELECT file_name AS fileName, mime_type AS mimeType, bytes, archive_path AS archivePath
  FROM attachments WHERE request_id = ? AND field_report_id = ? ORDER BY id`;

export const ATTACHMENTS_OF_REQUEST = 'SELECT count(*) AS n FROM attachments WHERE request_id = ?';

/** Field reports with materials not yet invoiced, oldest first. */
export const REPORTS_WITH_PENDING_MATERIALS = `SELECT f.id AS fieldReportId, o.number AS workOrderNumber, r.filing_number AS filingNumber,
    f.visited_on AS visitedOn, c.name AS cause, w.name AS fieldWorker, s.code AS subscriberCode, r.party_id AS partyId
  FROM field_reports f
  JOIN work_orders o ON o.id = f.work_order_id
  JOIN pqr_requests r ON r.id = o.request_id
  JOIN causes c ON c.id = r.cause_id
  JOIN field_workers w ON w.id = o.field_worker_id
  JOIN subscribers s ON s.id = r.subscriber_id
  WHERE f.id IN (SELECT m.field_report_id FROM field_report_materials m WHERE m.invoice_id IS NULL)
  ORDER BY f.visited_on, f.id`;

export const REPORT_FOR_INVOICE = `SELECT f.id, o.number AS workOrderNumber, r.filing_number AS filingNumber, s.code AS subscriberCode,
    r.party_id AS partyId
  FROM field_reports f
  JOIN work_orders o ON o.id = f.work_order_id
  JOIN pqr_requests r ON r.id = o.request_id
  JOIN subscribers s ON s.id = r.subscriber_id
  WHERE f.id = ?`;
