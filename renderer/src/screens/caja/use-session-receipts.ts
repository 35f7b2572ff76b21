import { useCallback, useEffect, useState } from 'react';
import { call, type Output } from '../../api';

export type SessionReceipt = Output<'cash.receipts'>[number];

/** Recibos de la sesión (cash.receipts), read when the screen is shown and after each change. */
export function useSessionReceipts(active: boolean, activation: number) {
  const [receipts, setReceipts] = useState<SessionReceipt[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!active) return;
    let live = true;
    void call('cash.receipts', {}).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error.message);
      setError(null);
      setReceipts(result.data);
    });
    return () => {
      live = false;
    };
  }, [active, activation, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { receipts, error, reload };
}
