import type { exportsContract } from '../contract/exports.contract';
import type { HandlersOf } from '../handler';
import { padronPage, paymentLines, requestsPage } from './exports.service';

export const exportsHandlers = {
  'exports.payments': (ctx, input) => paymentLines(ctx, input),
  'exports.padron': (ctx, input) => padronPage(ctx, input),
  'exports.requests': (ctx, input) => requestsPage(ctx, input),
} satisfies HandlersOf<typeof exportsContract>;
