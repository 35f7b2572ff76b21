import { z } from 'zod';
import { query } from './define';
import { documentNumber, documentType } from './print.contract';

const documentRef = z.strictObject({ type: documentType, number: documentNumber });

export const printStatus = z.object({
  /** Times already printed: the next print is REIMPRESIÓN `prints` when it is above 0. */
  prints: z.number(),
  lastArchivePath: z.string().nullable(),
});
export type PrintStatus = z.infer<typeof printStatus>;

export const printRecord = z.object({
  reprint: z.number(),
  printedAt: z.string(),
  user: z.object({ username: z.string(), fullName: z.string() }),
  workstation: z.string(),
  printer: z.string(),
  printerError: z.string().nullable(),
  archivePath: z.string(),
});
export type PrintRecord = z.infer<typeof printRecord>;

export const documentsContract = {
  'documents.printStatus': query('session', documentRef, printStatus),
  /** Every print of a document, oldest first: who, where, when, and the archived PDF. */
  'documents.printHistory': query('session', documentRef, z.array(printRecord)),
};
