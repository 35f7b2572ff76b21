import { procedureQuery } from './queries';

export const productQueries = {
  /** The catalog with today's prices; ADMINISTRACIÓN asks for the inactive ones too. */
  list: (includeInactive = false) => procedureQuery('products.list', { includeInactive }),
};
