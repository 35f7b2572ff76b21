import type { Output } from '../../api';

export type UserRow = Output<'users.list'>[number];
