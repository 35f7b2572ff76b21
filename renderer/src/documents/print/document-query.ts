import { queryOptions } from '@tanstack/react-query';
import type { Input } from '../../api';
import { CallError } from '../../api/queries';
import { loadDocument } from './print-api';

/** A document as its next print comes out (documents.get): a print marks it stale. */
export const documentQuery = (input: Input<'documents.get'>) =>
  queryOptions({
    queryKey: ['documents.get', input] as const,
    queryFn: async () => {
      const result = await loadDocument(input);
      if (!result.ok) throw new CallError(result.error);
      return result.data;
    },
  });
