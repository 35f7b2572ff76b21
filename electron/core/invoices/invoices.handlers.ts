import type { invoicesContract } from '../contract/invoices.contract';
import type { HandlersOf } from '../handler';
import { createInvoice, invoiceByNumber, invoicesOf, voidInvoice } from './invoices.service';

export const invoicesHandlers = {
  'invoices.create': createInvoice,
  'invoices.get': (ctx, input) => invoiceByNumber(ctx, input.number),
  'invoices.bySubscriber': (ctx, input) => invoicesOf(ctx, input.code),
  'invoices.void': voidInvoice,
} satisfies HandlersOf<typeof invoicesContract>;
