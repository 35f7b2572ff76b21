import type { Output } from '.';
import { procedureQuery } from './queries';

export type QueueRow = Output<'fieldWork.queue'>[number];
export type OpenOrderRow = Output<'fieldWork.openOrders'>[number];
export type FieldWorkerRow = Output<'fieldWork.workers'>[number];
export type PendingReport = Output<'fieldWork.pendingMaterials'>[number];

/** Trabajo de campo's reads: what waits for a field worker, the orders in the field, who works, what ALMACÉN invoices. */
export const fieldWorkQueries = {
  queue: () => procedureQuery('fieldWork.queue', {}),
  openOrders: () => procedureQuery('fieldWork.openOrders', {}),
  workers: () => procedureQuery('fieldWork.workers', {}),
  pendingMaterials: () => procedureQuery('fieldWork.pendingMaterials', {}),
};
