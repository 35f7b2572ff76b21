/** SQL of printing: the print log and the records found by a printed number. */

export const PRINTS_OF = 'SELECT count(*) FROM print_log WHERE document_type = ? AND document_number = ?';

export const HISTORY = `SELECT p.reprint, p.printed_at AS printedAt, u.username, u.full_name AS fullName, p.workstation,
    p.printer, p.printer_error AS printerError, p.archive_path AS archivePath
  FROM print_log p JOIN users u ON u.id = p.user_id
  WHERE p.document_type = ? AND p.document_number = ? ORDER BY p.id`;

export const INSERT_PRINT = `INSERT INTO print_log
    (document_type, document_number, reprint, archive_path, printer, printed_at, user_id, workstation)
  VALUES (@type, @number, @reprint, @archivePath, @printer, @at, @userId, @workstation)`;

/** Only the user who printed a copy records its printer's answer, and only once. */
export const PRINTER_ANSWER = `UPDATE print_log SET printer_error = @printerError, printer_answered_at = @at
  WHERE document_type = @type AND document_number = @number AND reprint = @reprint
    AND user_id = @userId AND printer_answered_at IS NULL`;

export const CLOSE_BY_NUMBER = 'SELECT id, cashier_id AS cashierId FROM cash_sessions WHERE close_number = ?';

export const RECEIPT_OF_VOID = 'SELECT receipt_id AS receiptId FROM receipt_voids WHERE number = ?';
