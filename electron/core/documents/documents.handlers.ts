import type { documentsContract } from '../contract/documents.contract';
import type { HandlersOf } from '../handler';
import { documentOf, printHistoryOf, recordPrint, recordPrinterAnswer } from './documents.service';

export const documentsHandlers = {
  'documents.get': documentOf,
  'documents.printHistory': printHistoryOf,
  'documents.recordPrint': recordPrint,
  'documents.recordPrinterAnswer': recordPrinterAnswer,
} satisfies HandlersOf<typeof documentsContract>;
