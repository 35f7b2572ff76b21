import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ProcedureName } from '.';

/**
 * Reads the shown queries of these procedures again, for a screen whose next step shows what its
 * own change did (the receipt now ANULADO, the holiday added). SessionQueries has already started
 * that read when the mutation answered: this joins it (`cancelRefetch: false`) rather than asking
 * the core twice.
 */
export function useReadAgain(): (...names: ProcedureName[]) => void {
  const client = useQueryClient();
  return useCallback(
    (...names) => {
      for (const name of names) void client.invalidateQueries({ queryKey: [name] }, { cancelRefetch: false });
    },
    [client],
  );
}
