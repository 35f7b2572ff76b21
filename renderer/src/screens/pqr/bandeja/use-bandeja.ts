import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import type { PqrStatus, Service } from '../../../../../db/schema/enums';
import type { Bandeja } from '../../../../../electron/core/contract/pqr.contract';
import { pqrQueries } from '../../../api/pqr';

export type { BandejaRow } from '../../../api/pqr';

export interface BandejaFilters {
  bandeja: Bandeja;
  status: PqrStatus | null;
  service: Service | null;
}

/**
 * One bandeja's rows, a page at a time (keyset): "Cargar más" continues after the last row.
 * Read while the screen is shown; again when the filters change, the screen is chosen in the
 * menu or a trámite changed (every page read so far, from the first).
 */
export function useBandeja(filters: BandejaFilters, active: boolean) {
  const query = useInfiniteQuery({
    ...pqrQueries.bandeja({
      bandeja: filters.bandeja,
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.service ? { service: filters.service } : {}),
    }),
    enabled: active,
    // The last list stays on screen while the new filters are read.
    placeholderData: keepPreviousData,
  });
  return {
    rows: query.data?.pages.flatMap((page) => page.rows) ?? [],
    error: query.error?.message ?? null,
    loading: active && query.isFetching,
    more: query.hasNextPage && !query.isFetchingNextPage ? () => void query.fetchNextPage() : null,
  };
}
