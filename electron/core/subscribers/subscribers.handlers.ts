import type { subscribersContract } from '../contract/subscribers.contract';
import type { HandlersOf } from '../handler';
import { getByCode, searchSubscribers, viewSubscriber } from './subscribers.service';

export const subscribersHandlers = {
  'subscribers.byCode': (ctx, input) => getByCode(ctx, input.code),
  'subscribers.search': (ctx, input) => searchSubscribers(ctx, input.q, input.limit),
  'subscribers.view': (ctx, input) => viewSubscriber(ctx, input.code),
} satisfies HandlersOf<typeof subscribersContract>;
