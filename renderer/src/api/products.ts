import { procedureQuery } from './queries';

/** The catalog and the dated prices of a product. */
export const productQueries = {
  list: (includeInactive: boolean) => procedureQuery('products.list', { includeInactive }),
  prices: (productId: number) => procedureQuery('products.prices', { productId }),
};
