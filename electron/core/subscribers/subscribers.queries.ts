/**
 * The SQL of the counter's hot paths, kept in one place: the service runs it and the
 * benchmark compares dispatch against the same text on bare better-sqlite3.
 */
const SUMMARY_COLUMNS = `s.id, s.code, trim(p.names || ' ' || p.surnames) AS ownerName, p.document_number AS ownerDocument,
  s.address, s.neighborhood, r.code AS routeCode, z.name AS zoneName, s.status`;

const SUMMARY_JOINS = `JOIN parties p ON p.id = s.owner_party_id
  JOIN routes r ON r.id = s.route_id
  JOIN zones z ON z.id = r.zone_id`;

export const SUMMARY_BY_CODE = `SELECT ${SUMMARY_COLUMNS} FROM subscribers s ${SUMMARY_JOINS} WHERE s.code = ?`;

export const SUMMARY_SEARCH = `SELECT ${SUMMARY_COLUMNS}
  FROM padron_fts f JOIN subscribers s ON s.id = f.rowid ${SUMMARY_JOINS}
  WHERE padron_fts MATCH ? ORDER BY f.rank LIMIT ?`;
