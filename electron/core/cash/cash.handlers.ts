import type { cashContract } from '../contract/cash.contract';
import type { HandlersOf } from '../handler';
import { closeReport, closeSession, declareCount } from './close';
import { collect } from './collect';
import { collectInvoice, invoiceToCollect } from './invoice-payment';
import { receiptByNumber, sessionReceipts } from './receipts';
import { currentCash, openSession, openSessionOf } from './sessions';
import { voidReceipt } from './voids';

export const cashHandlers = {
  'cash.current': currentCash,
  'cash.open': openSession,
  'cash.collect': collect,
  'cash.invoice': (ctx, input) => invoiceToCollect(ctx, input.number),
  'cash.collectInvoice': collectInvoice,
  'cash.receipt': (ctx, input) => receiptByNumber(ctx, input.number),
  'cash.receipts': (ctx) => {
    const open = openSessionOf(ctx);
    return open ? sessionReceipts(ctx, open.id) : [];
  },
  'cash.voidReceipt': voidReceipt,
  'cash.declareCount': declareCount,
  'cash.close': closeSession,
  'cash.closeReport': (ctx, input) => closeReport(ctx, input.sessionId),
} satisfies HandlersOf<typeof cashContract>;
