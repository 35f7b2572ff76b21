/** The SQL of certificados de no adeudo, in one place. */
export const INSERT_CERTIFICATE = `INSERT INTO no_debt_certificates
    (number, request_id, subscriber_id, party_id, issued_at, issued_on, valid_until, created_by)
  VALUES (@number, @requestId, @subscriberId, @partyId, @issuedAt, @issuedOn, @validUntil, @createdBy)`;

export const CERTIFICATE_OF_REQUEST = `SELECT number, valid_until AS validUntil FROM no_debt_certificates WHERE request_id = ?`;

export const CERTIFICATE_BY_NUMBER = `SELECT c.number, c.issued_at AS issuedAt, c.issued_on AS issuedOn, c.valid_until AS validUntil,
    r.filing_number AS filingNumber, gi.number AS invoiceNumber, r.applicant_kind AS applicantKind,
    s.code AS subscriberCode, c.party_id AS partyId, trim(u.full_name) AS asesorName, u.document_number AS asesorDocument
  FROM no_debt_certificates c
  JOIN pqr_requests r ON r.id = c.request_id
  JOIN subscribers s ON s.id = c.subscriber_id
  JOIN users u ON u.id = c.created_by
  LEFT JOIN invoices gi ON gi.id = r.gate_invoice_id
  WHERE c.number = ?`;
