import { useCallback, useEffect, useState } from 'react';
import { call, type Output } from '../../api';

export type CashCurrent = Output<'cash.current'>;
export type CashSession = NonNullable<CashCurrent['session']>;

/**
 * The cashier's session as the core sees it (cash.current), read each time the screen is
 * shown and again after anything that changes it (opening, a payment, a void, the close).
 */
export function useCashSession(active: boolean, activation: number) {
  const [current, setCurrent] = useState<CashCurrent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!active) return;
    let live = true;
    void call('cash.current', {}).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setCurrent(result.data);
    });
    return () => {
      live = false;
    };
  }, [active, activation, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  /** The session the core just returned (cash.open), without asking again. */
  const replace = useCallback((session: CashSession) => setCurrent((c) => c && { ...c, session }), []);
  return { current, error, reload, replace };
}

/** A session that may take money now: open today and not being counted. */
export const collecting = (session: CashSession | null | undefined): boolean =>
  Boolean(session && session.status === 'ABIERTA' && !session.stale);
