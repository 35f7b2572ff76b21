import { call, type Input, type Output, type Result } from '../../api';
import type { DocumentType, PrintTarget } from '../../../../electron/core/contract/print.contract';

export type { DocumentType, PrintTarget, Result };
export type PrintDocumentInput = Input<'print.document'>;
export type PrintDocumentOutput = Output<'print.document'>;
export type PrintStatus = Output<'documents.printStatus'>;

/** How many times the document was printed: the next print is REIMPRESIÓN that number. */
export const printStatus = (input: Input<'documents.printStatus'>) => call('documents.printStatus', input);

/** Prints both copies on this workstation and archives the PDF (main process). */
export const printDocument = (input: PrintDocumentInput) => call('print.document', input);
