import { procedureQuery } from './queries';

/** ADMINISTRACIÓN → Usuarios. */
export const userQueries = {
  list: () => procedureQuery('users.list', {}),
};
