import { call, type ApiError, type Result } from '../../api';

// TODO: switch to `call('print.document', …)` and the types of print.contract.ts once the
// renderer API is typed over printContract; until then this is the one untyped crossing.
export const DOCUMENT_TYPES = ['FACTURA', 'ANULACION_FACTURA', 'ACUERDO', 'PRUEBA'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];
export type PrintTarget = 'DOCUMENT' | 'RECEIPT';

export interface PrintDocumentInput {
  type: DocumentType;
  number: string;
  reprint: number;
  target: PrintTarget;
  html: string;
  css: string;
}

export interface PrintDocumentOutput {
  archivePath: string;
  printer: string;
  printed: boolean;
  printerError: string | null;
  reprint: number;
}

export interface PrintStatus {
  prints: number;
  lastArchivePath: string | null;
}

type UntypedCall = (name: string, input: unknown) => Promise<Result<unknown>>;
const untyped = call as unknown as UntypedCall;

export type { ApiError, Result };

export const printStatus = (input: { type: DocumentType; number: string }) =>
  untyped('documents.printStatus', input) as Promise<Result<PrintStatus>>;

export const printDocument = (input: PrintDocumentInput) =>
  untyped('print.document', input) as Promise<Result<PrintDocumentOutput>>;
