import { z } from 'zod';
import { PRODUCT_CATEGORIES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { mutation, query } from './define';
import { civilDate, id, requiredText } from './fields';

const admin = rolesOf('ADMINISTRACION');
const catalogReaders = rolesOf('SUSCRIPTOR', 'RECAUDO', 'ADMINISTRACION');

export const price = z
  .number({ error: 'Precio: escriba un valor en pesos' })
  .int({ error: 'Precio: en pesos enteros, sin decimales' })
  .min(1, { error: 'Precio: debe ser mayor que cero' })
  .max(1_000_000_000, { error: 'Precio: demasiado grande' });

const category = z.enum(PRODUCT_CATEGORIES, { error: 'Categoría: elija una de la lista' });

export const productRow = z.object({
  id: z.number(),
  code: z.string(),
  name: z.string(),
  category,
  taxable: z.boolean(),
  active: z.boolean(),
  /** The catalog price today; null when the product has no price in force yet. */
  price: z.number().nullable(),
  priceFrom: z.string().nullable(),
  /** A price already set to apply from a later date. */
  nextPrice: z.object({ price: z.number(), validFrom: z.string() }).nullable(),
});
export type ProductRow = z.infer<typeof productRow>;

const productFields = {
  name: requiredText('Nombre', 80).transform((s) => s.toUpperCase()),
  category,
  taxable: z.boolean({ error: 'Gravado: sí o no' }),
};

export const productsContract = {
  'products.list': query(catalogReaders, z.strictObject({ includeInactive: z.boolean().default(false) }), z.array(productRow)),
  'products.create': mutation(
    admin,
    z.strictObject({
      code: requiredText('Código', 10)
        .transform((s) => s.toUpperCase())
        .pipe(z.string().regex(/^[A-Z0-9]{2,10}$/, { error: 'Código: de 2 a 10 letras o dígitos' })),
      ...productFields,
      price,
    }),
    productRow,
  ),
  'products.update': mutation(admin, z.strictObject({ id, ...productFields, active: z.boolean() }), productRow),
  /** A new price from a date on; saved facturas keep the price they were made with. */
  'products.setPrice': mutation(admin, z.strictObject({ productId: id, price, validFrom: civilDate }), productRow),
  'products.prices': query(
    admin,
    z.strictObject({ productId: id }),
    z.array(z.object({ price: z.number(), validFrom: z.string(), createdAt: z.string() })),
  ),
};
