/** The SQL of the informe diario's page of counter trámites (seed 004), in one place. */
const OPEN = `r.status <> 'CERRADO'`;
const OF_CAUSE = `r.cause_id IN (SELECT id FROM causes WHERE service = @service AND name = @cause)`;
const OWNER = `trim(o.names || ' ' || o.surnames)`;

/** Trámites radicated on a civil date under one causal. */
export const FILED_ON_COUNT = `SELECT count(*) AS n FROM pqr_requests r WHERE r.filed_on = @date AND ${OF_CAUSE}`;

/** Estados de cuenta issued between two instants: they are handed over without radicating a trámite. */
export const STATEMENTS_BETWEEN_COUNT = `SELECT count(*) AS n FROM account_statements WHERE created_at >= @from AND created_at < @to`;

const OPEN_FROM = `FROM pqr_requests r JOIN subscribers s ON s.id = r.subscriber_id JOIN parties o ON o.id = s.owner_party_id
  JOIN users u ON u.id = r.created_by
  WHERE ${OPEN} AND r.filed_on <= @date AND ${OF_CAUSE}`;

/** Open trámites of a causal radicated up to a date and due by @until, the first due first. */
export const OPEN_OF_CAUSE = `SELECT r.filing_number AS filingNumber, s.code AS subscriberCode, ${OWNER} AS subscriber,
    r.filed_on AS filedOn, r.status, r.due_on AS dueOn, u.full_name AS asesor
  ${OPEN_FROM} AND r.due_on <= @until ORDER BY r.due_on, r.id LIMIT @limit`;
export const OPEN_OF_CAUSE_COUNT = `SELECT count(*) AS n ${OPEN_FROM} AND r.due_on <= @until`;

/** Certificados de no adeudo issued on a civil date. */
export const CERTIFICATES_ON = `SELECT c.number, s.code AS subscriberCode, ${OWNER} AS subscriber, c.valid_until AS validUntil,
    u.full_name AS asesor
  FROM no_debt_certificates c JOIN subscribers s ON s.id = c.subscriber_id JOIN parties o ON o.id = s.owner_party_id
  JOIN users u ON u.id = c.created_by
  WHERE c.issued_on = @date ORDER BY c.number`;
