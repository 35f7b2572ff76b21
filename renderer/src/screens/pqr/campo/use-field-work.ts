import { useCallback, useEffect, useState } from 'react';
import { call, type Output } from '../../../api';

export type QueueRow = Output<'fieldWork.queue'>[number];
export type OpenOrderRow = Output<'fieldWork.openOrders'>[number];
export type FieldWorkerRow = Output<'fieldWork.workers'>[number];

interface Lists {
  queue: QueueRow[] | null;
  orders: OpenOrderRow[] | null;
  workers: FieldWorkerRow[] | null;
  error: string | null;
}

/**
 * The three lists of Trabajo de campo: trámites waiting for a field worker, open work orders and
 * the active field workers. Read when the screen is shown and after every ASIGNAR or GUARDAR.
 */
export function useFieldWork(active: boolean, activation: number) {
  const [round, setRound] = useState(0);
  const [lists, setLists] = useState<Lists>({ queue: null, orders: null, workers: null, error: null });

  useEffect(() => {
    if (!active) return;
    let current = true;
    void Promise.all([call('fieldWork.queue', {}), call('fieldWork.openOrders', {}), call('fieldWork.workers', {})]).then(
      ([queue, orders, workers]) => {
        if (!current) return;
        const failed = [queue, orders, workers].find((r) => !r.ok);
        setLists({
          queue: queue.ok ? queue.data : [],
          orders: orders.ok ? orders.data : [],
          workers: workers.ok ? workers.data : [],
          error: failed && !failed.ok ? failed.error.message : null,
        });
      },
    );
    return () => {
      current = false;
    };
  }, [active, activation, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...lists, reload };
}
