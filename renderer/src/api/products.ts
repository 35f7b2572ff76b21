import { procedureQuery } from './queries';

/** The catalog and the dated prices of a product. */
export const productQueries = {
  /** The catalog with today's prices; ADMINISTRACIÓN asks for the inactive ones too. */
  list: (includeInactive = false) => procedureQuery('products.list', { includeInactive }),
  prices: (productId: number) => procedureQuery('products.prices', { productId }),
};
