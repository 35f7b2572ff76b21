import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { Output } from '../../api';
import { cashQueries } from '../../api/cash';

export type CashCurrent = Output<'cash.current'>;
export type CashSession = NonNullable<CashCurrent['session']>;

/**
 * The cashier's session as the core sees it (cash.current), read while the screen is shown; a
 * change anywhere (opening, a payment, a void, the close) or choosing the screen reads it again.
 */
export function useCashSession(active: boolean) {
  const client = useQueryClient();
  const { data, error } = useQuery({ ...cashQueries.current(), enabled: active });
  /** The session the core just returned (cash.open), shown without waiting to read it again. */
  const replace = useCallback(
    (session: CashSession) => client.setQueryData(cashQueries.current().queryKey, (c) => c && { ...c, session }),
    [client],
  );
  return { current: data ?? null, error: error?.message ?? null, replace };
}

/** A session that may take money now: open today and not being counted. */
export const collecting = (session: CashSession | null | undefined): boolean =>
  Boolean(session && session.status === 'ABIERTA' && !session.stale);
