import { call, type Input, type Output, type Result } from '../../api';
import type { DocumentType, PrintTarget } from '../../../../electron/core/contract/print.contract';

export type { DocumentType, PrintTarget, Result };
export type PrintDocumentInput = Input<'print.document'>;
export type PrintDocumentOutput = Output<'print.document'>;
export type DocumentView = Output<'documents.get'>;

/** Prints both copies on this workstation and archives the PDF: the main process renders it from the record. */
export const printDocument = (input: PrintDocumentInput) => call('print.document', input);

/** A document as it prints: its record, the company header and how often it was printed. */
export const loadDocument = (input: Input<'documents.get'>) => call('documents.get', input);
