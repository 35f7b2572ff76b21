import type { authContract } from '../contract/auth.contract';
import type { HandlersOf } from '../handler';
import { changePassword, login, logout, sessionInfo, unlock } from './auth.service';

export const authHandlers = {
  'auth.login': login,
  'auth.unlock': unlock,
  'auth.logout': (ctx) => logout(ctx),
  'auth.session': (ctx) => sessionInfo(ctx, ctx.session!),
  'auth.changePassword': changePassword,
} satisfies HandlersOf<typeof authContract>;
