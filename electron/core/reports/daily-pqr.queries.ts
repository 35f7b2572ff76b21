/** The SQL of the informe diario's PQR part, in one place. */
const OPEN = `r.status <> 'CERRADO'`;

export const RADICATED_ON = `SELECT t.name AS requestType, c.service, c.name AS cause, u.full_name AS asesor, count(*) AS requests
  FROM pqr_requests r
  JOIN request_types t ON t.id = r.request_type_id
  JOIN causes c ON c.id = r.cause_id
  JOIN users u ON u.id = r.created_by
  WHERE r.filed_on = ?
  GROUP BY t.name, c.service, c.name, u.full_name
  ORDER BY t.name, c.service, c.name, u.full_name`;

export const OPEN_BY_STATUS = `SELECT r.status, count(*) AS requests FROM pqr_requests r WHERE ${OPEN} GROUP BY r.status`;

const DUE_COLUMNS = `r.id, r.filing_number AS filingNumber, s.code AS subscriberCode, c.name AS cause, r.status, r.due_on AS dueOn,
  t.silence_applies AS silenceApplies`;
const DUE_FROM = `FROM pqr_requests r JOIN subscribers s ON s.id = r.subscriber_id JOIN causes c ON c.id = r.cause_id
  JOIN request_types t ON t.id = r.request_type_id`;

export const OVERDUE_ON = `SELECT ${DUE_COLUMNS} ${DUE_FROM} WHERE ${OPEN} AND r.due_on < ? ORDER BY r.due_on, r.id LIMIT ?`;
export const OVERDUE_COUNT = `SELECT count(*) AS n FROM pqr_requests r WHERE ${OPEN} AND r.due_on < ?`;
export const DUE_BETWEEN = `SELECT ${DUE_COLUMNS} ${DUE_FROM} WHERE ${OPEN} AND r.due_on BETWEEN ? AND ? ORDER BY r.due_on, r.id LIMIT ?`;
export const DUE_BETWEEN_COUNT = `SELECT count(*) AS n FROM pqr_requests r WHERE ${OPEN} AND r.due_on BETWEEN ? AND ?`;

/** The field worker of a trámite is the one of its open work order; none yet: "Sin asignar". */
const WORKER = `coalesce((SELECT f.name FROM work_orders o JOIN field_workers f ON f.id = o.field_worker_id
  WHERE o.request_id = a.request_id AND o.status = 'ABIERTA'), 'Sin asignar')`;

export const VISITS_ON = `SELECT ${WORKER} AS fieldWorker, count(*) AS visits
  FROM visit_appointments a WHERE a.visit_on = ? AND a.status = 'ACTIVA'
  GROUP BY 1 ORDER BY 1`;

export const OPEN_WORK_ORDERS = `SELECT f.name AS fieldWorker, count(*) AS workOrders, min(o.assigned_at) AS oldest
  FROM work_orders o JOIN field_workers f ON f.id = o.field_worker_id
  WHERE o.status = 'ABIERTA' GROUP BY f.name ORDER BY f.name`;
