import type { ProductCategory } from '../../../../../db/schema/enums';
import type { Output } from '../../../api';

export type ProductRow = Output<'products.list'>[number];

/** The fields a product's create and edit forms share, as typed. */
export interface ProductDraft {
  name: string;
  category: ProductCategory;
  taxable: boolean;
}
