import { PRODUCT_CATEGORY_LABELS } from '../../../format/labels';
import type { ProductRow } from './types';

/** Upper case without accents, so "reconexion" finds "RECONEXIÓN". */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();

/** Products whose code, name or category contains every word typed, in any order. */
export function filterProducts(products: readonly ProductRow[], query: string): ProductRow[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...products];
  return products.filter((p) => {
    const haystack = fold(`${p.code} ${p.name} ${PRODUCT_CATEGORY_LABELS[p.category]}`);
    return words.every((w) => haystack.includes(w));
  });
}
