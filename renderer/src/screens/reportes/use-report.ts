import { keepPreviousData, useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query';
import { useState } from 'react';

export interface ReportState<T> {
  data: T | null;
  /** When the data shown was read: the report's "generado el" (null while another date is read). */
  loadedAt: string | null;
  error: string | null;
  loading: boolean;
}

/**
 * A report of a date (one of `reportQueries`), read while the screen is shown and again when the
 * screen is chosen: the day goes on while a supervisor looks at it. The last answer stays on screen
 * while another date is read. `choose` reads the same date again, or moves to another.
 */
export function useReport<T, K extends QueryKey>(
  query: (date: string) => UseQueryOptions<T, Error, T, K>,
  first: string,
  active: boolean,
): ReportState<T> & { date: string; choose(date: string): void } {
  const [date, setDate] = useState(first);
  const { data, error, isFetching, isPlaceholderData, dataUpdatedAt, refetch } = useQuery({
    ...query(date),
    enabled: active,
    placeholderData: keepPreviousData,
  });
  return {
    date,
    data: data ?? null,
    loadedAt: data === undefined || isPlaceholderData ? null : new Date(dataUpdatedAt).toISOString(),
    error: error?.message ?? null,
    loading: active && isFetching,
    choose: (next) => (next === date ? void refetch() : setDate(next)),
  };
}
