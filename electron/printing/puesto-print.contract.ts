import { z } from 'zod';
import { PAPER_SIZES } from '../../db/schema/enums';
import { documentNumber, documentType, printDocumentInput, reprintNumber } from '../core/contract/print.contract';

/**
 * The two halves of print.document between a puesto and the office's server: the server
 * prepares the copy (reads the record, renders, archives the PDF, logs the print) and the
 * puesto prints it on its own printer and reports what the printer said. Only the office
 * server answers these to a paired puesto: they are not in the renderer's contract, and the
 * invoker behind IPC and the loopback bridge does not route them.
 */
export const PRINT_PREPARE = 'print.prepare';
export const PRINT_ANSWER = 'print.answer';

/** The same reference print.document takes: nothing but the reference comes from the client. */
export const printPrepareInput = printDocumentInput;

export const printAnswerInput = z.strictObject({
  type: documentType,
  number: documentNumber,
  reprint: reprintNumber,
  /** null: it printed. Spanish, for the print log. */
  printerError: z.string().max(500, { error: 'Respuesta de la impresora: máximo 500 caracteres' }).nullable(),
});
export type PrintAnswerInput = z.input<typeof printAnswerInput>;

/** A copy archived and logged on the server, ready for the puesto's printer. */
export const preparedCopy = z.object({
  /** The archived PDF itself, for engines that print PDFs. */
  pdfBase64: z.base64(),
  page: z.object({ html: z.string(), paper: z.enum(PAPER_SIZES), title: z.string() }),
  /** Relative to the server's archive folder. */
  archivePath: z.string(),
  reprint: z.number(),
  /** The printer configured for the workstation ('' = the system default). */
  printer: z.string(),
  type: documentType,
  number: z.string(),
});
export type PreparedCopy = z.infer<typeof preparedCopy>;
