import type { padronContract } from '../contract/padron.contract';
import type { HandlersOf } from '../handler';
import { padronHistoryOf } from './history';
import { changeOwner, changeStatus, padronOptions, registerSubscriber, updateSubscriber } from './padron.service';

export const padronHandlers = {
  'padron.options': (ctx) => padronOptions(ctx),
  'padron.register': registerSubscriber,
  'padron.update': updateSubscriber,
  'padron.changeStatus': changeStatus,
  'padron.changeOwner': changeOwner,
  'padron.history': (ctx, input) => padronHistoryOf(ctx, input.code),
} satisfies HandlersOf<typeof padronContract>;
