import type { documentsContract } from '../contract/documents.contract';
import type { HandlersOf } from '../handler';
import { printHistoryOf, printStatusOf } from './documents.service';

export const documentsHandlers = {
  'documents.printStatus': printStatusOf,
  'documents.printHistory': printHistoryOf,
} satisfies HandlersOf<typeof documentsContract>;
