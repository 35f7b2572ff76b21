import type { agreementsContract } from '../contract/agreements.contract';
import type { HandlersOf } from '../handler';
import { agreementByNumber, agreementForDebt, agreementsOf, debtToFinance, previewSchedule } from './agreements.service';

export const agreementsHandlers = {
  'agreements.preview': (ctx, { debt, ...terms }) => previewSchedule(ctx, debt, terms),
  'agreements.debtOf': (ctx, input) => debtToFinance(ctx, input.code),
  'agreements.createForDebt': agreementForDebt,
  'agreements.get': (ctx, input) => agreementByNumber(ctx, input.number),
  'agreements.bySubscriber': (ctx, input) => agreementsOf(ctx, input.code),
} satisfies HandlersOf<typeof agreementsContract>;
