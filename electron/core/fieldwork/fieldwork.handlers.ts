import type { fieldWorkContract } from '../contract/fieldwork.contract';
import type { HandlersOf } from '../handler';
import { assignFieldWork } from './assign';
import { activeWorkers, assignmentQueue, openOrders, workOrderByNumber } from './fieldwork.views';
import { invoiceMaterials, pendingMaterials } from './materials';
import { recordFieldReport } from './report';

export const fieldWorkHandlers = {
  'fieldWork.workers': (ctx) => activeWorkers(ctx),
  'fieldWork.queue': (ctx) => assignmentQueue(ctx),
  'fieldWork.openOrders': (ctx) => openOrders(ctx),
  'fieldWork.order': (ctx, input) => workOrderByNumber(ctx, input.number),
  'fieldWork.assign': assignFieldWork,
  'fieldWork.report': recordFieldReport,
  'fieldWork.pendingMaterials': (ctx) => pendingMaterials(ctx),
  'fieldWork.invoiceMaterials': invoiceMaterials,
} satisfies HandlersOf<typeof fieldWorkContract>;
