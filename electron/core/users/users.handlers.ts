import type { usersContract } from '../contract/users.contract';
import type { HandlersOf } from '../handler';
import { createUser, listUsers, resetPassword, setActive, setRole } from './users.service';

export const usersHandlers = {
  'users.list': (ctx) => listUsers(ctx),
  'users.create': createUser,
  'users.setActive': setActive,
  'users.setRole': setRole,
  'users.resetPassword': resetPassword,
} satisfies HandlersOf<typeof usersContract>;
