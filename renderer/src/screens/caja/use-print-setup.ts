import { useQuery } from '@tanstack/react-query';
import { printingQueries } from '../../api/printing';

export interface PrintSetup {
  /** This workstation prints on an 80 mm roll: receipts take the roll layout and the receipt printer. */
  roll: boolean;
  ready: boolean;
  error: string | null;
}

/** What every cash-desk print needs to know first: this workstation's paper. */
export function usePrintSetup(): PrintSetup {
  const { data, error } = useQuery(printingQueries.config());
  if (!data) return { roll: false, ready: false, error: error?.message ?? null };
  return { roll: data.paper === 'ROLLO_80MM', ready: true, error: null };
}
