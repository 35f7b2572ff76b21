import type { padronContract } from '../contract/padron.contract';
import type { HandlersOf } from '../handler';
import { subscriberRecord } from '../subscribers/subscribers.service';
import { padronHistoryOf } from './history';
import { changeOwner, changeStatus, padronOptions, registerSubscriber, updateSubscriber } from './padron.service';

export const padronHandlers = {
  'padron.subscriber': (ctx, input) => subscriberRecord(ctx, input.code),
  'padron.options': (ctx) => padronOptions(ctx),
  'padron.register': registerSubscriber,
  'padron.update': updateSubscriber,
  'padron.changeStatus': changeStatus,
  'padron.changeOwner': changeOwner,
  'padron.history': (ctx, input) => padronHistoryOf(ctx, input.code),
} satisfies HandlersOf<typeof padronContract>;
