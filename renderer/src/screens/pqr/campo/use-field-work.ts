import { useQuery } from '@tanstack/react-query';
import { fieldWorkQueries } from '../../../api/fieldwork';

export type { FieldWorkerRow, OpenOrderRow, QueueRow } from '../../../api/fieldwork';

/**
 * The three lists of Trabajo de campo: trámites waiting for a field worker, open work orders and
 * the active field workers. Read while the screen is shown, again when it is chosen in the menu
 * and after every ASIGNAR or GUARDAR. A list that could not be read shows empty, with the message.
 */
export function useFieldWork(active: boolean) {
  const queue = useQuery({ ...fieldWorkQueries.queue(), enabled: active });
  const orders = useQuery({ ...fieldWorkQueries.openOrders(), enabled: active });
  const workers = useQuery({ ...fieldWorkQueries.workers(), enabled: active });
  const error = queue.error ?? orders.error ?? workers.error;
  const list = <T>(query: { data: T[] | undefined; error: Error | null }) => query.data ?? (query.error ? [] : null);
  return { queue: list(queue), orders: list(orders), workers: list(workers), error: error?.message ?? null };
}
