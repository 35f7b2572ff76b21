import type { notificationsContract } from '../contract/notifications.contract';
import type { HandlersOf } from '../handler';
import { edictView, recordNotification, removeEdict, updateNotification } from './notifications.service';
import { notificationsOf, pendingNotifications } from './notifications.views';

export const notificationsHandlers = {
  'notifications.record': recordNotification,
  'notifications.update': updateNotification,
  'notifications.removeEdict': removeEdict,
  'notifications.of': (ctx, input) => notificationsOf(ctx, input.filingNumber),
  'notifications.pending': (ctx) => pendingNotifications(ctx),
  'notifications.edict': (ctx, input) => edictView(ctx, input.number),
} satisfies HandlersOf<typeof notificationsContract>;
