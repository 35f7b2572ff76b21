import type { productsContract } from '../contract/products.contract';
import type { HandlersOf } from '../handler';
import { createProduct, listProducts, priceHistory, setPrice, updateProduct } from './products.service';

export const productsHandlers = {
  'products.list': (ctx, input) => listProducts(ctx, input.includeInactive),
  'products.create': createProduct,
  'products.update': updateProduct,
  'products.setPrice': setPrice,
  'products.prices': (ctx, input) => priceHistory(ctx, input.productId),
} satisfies HandlersOf<typeof productsContract>;
