/**
 * The SQL of a subscriber's padrón history: the padrón screen lists it, the subscriber view
 * counts it (one cheap look at two indexes) and reads the rest only when it is opened.
 */

/** The audited procedures that are edits of the predio (the matrícula the first of them; an import's changes too). */
const EDIT_PROCEDURES = `('padron.register', 'padron.update', 'imports.apply')`;

export const EDITS_OF_SUBSCRIBER = `SELECT a.at, coalesce(u.full_name, a.username) AS user, a.procedure, a.before, a.after
  FROM audit a LEFT JOIN users u ON u.id = a.user_id
  WHERE a.record_type = 'subscriber' AND a.record_id = ? AND a.procedure IN ${EDIT_PROCEDURES} ORDER BY a.id DESC`;

export const STATUSES_OF_SUBSCRIBER = `SELECT c.from_status AS fromStatus, c.to_status AS toStatus, c.effective_on AS effectiveOn,
    c.reason, c.document, c.at, u.full_name AS user
  FROM subscriber_status_changes c JOIN users u ON u.id = c.user_id WHERE c.subscriber_id = ? ORDER BY c.id DESC`;

export const OWNERS_OF_SUBSCRIBER = `SELECT trim(p.names || ' ' || p.surnames) AS name, p.document_number AS document,
    h.since, h.until, h.reason, h.documents
  FROM owner_history h JOIN parties p ON p.id = h.party_id WHERE h.subscriber_id = ? ORDER BY h.since DESC, h.id DESC`;

/** Edits plus lifecycle moves: parameters the código (the audit's record) and the subscriber's id. */
export const CHANGES_OF_SUBSCRIBER = `SELECT
    (SELECT count(*) FROM audit a
      WHERE a.record_type = 'subscriber' AND a.record_id = ? AND a.procedure IN ${EDIT_PROCEDURES})
  + (SELECT count(*) FROM subscriber_status_changes c WHERE c.subscriber_id = ?) AS n`;
