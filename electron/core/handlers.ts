import { authHandlers } from './auth/auth.handlers';
import type { Contract } from './contract';
import type { HandlersOf } from './handler';
import { partiesHandlers } from './parties/parties.handlers';
import { subscribersHandlers } from './subscribers/subscribers.handlers';
import { usersHandlers } from './users/users.handlers';

/** A procedure of the contract without its handler, or a misspelt one, does not compile. */
export const handlers = {
  ...authHandlers,
  ...usersHandlers,
  ...partiesHandlers,
  ...subscribersHandlers,
} satisfies HandlersOf<Contract>;
