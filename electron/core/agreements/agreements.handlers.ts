import type { agreementsContract } from '../contract/agreements.contract';
import type { HandlersOf } from '../handler';
import { agreementByNumber, agreementForDebt, agreementsOf, previewSchedule } from './agreements.service';

export const agreementsHandlers = {
  'agreements.preview': (ctx, { debt, ...terms }) => previewSchedule(ctx, debt, terms),
  'agreements.createForDebt': agreementForDebt,
  'agreements.get': (ctx, input) => agreementByNumber(ctx, input.number),
  'agreements.bySubscriber': (ctx, input) => agreementsOf(ctx, input.code),
} satisfies HandlersOf<typeof agreementsContract>;
