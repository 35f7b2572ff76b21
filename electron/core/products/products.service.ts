import { asc, desc, eq } from 'drizzle-orm';
import { productPrices, products } from '../../../db/schema';
import type { Ctx } from '../context';
import { nowIso, today } from '../context';
import type { ProductRow } from '../contract/products.contract';
import { AppError, invalidField, notFound } from '../errors';
import { prepared } from '../statements';

type Product = typeof products.$inferSelect;

/** The price in force on a date: the latest one valid from that date or before. */
export function priceOn(ctx: Ctx, productId: number, date: string): { price: number; validFrom: string } | undefined {
  return prepared(
    ctx.sqlite,
    `SELECT price, valid_from AS validFrom FROM product_prices WHERE product_id = ? AND valid_from <= ?
     ORDER BY valid_from DESC, id DESC LIMIT 1`,
  ).get(productId, date) as { price: number; validFrom: string } | undefined;
}

function nextPriceAfter(ctx: Ctx, productId: number, date: string) {
  const rows = ctx.db
    .select({ price: productPrices.price, validFrom: productPrices.validFrom })
    .from(productPrices)
    .where(eq(productPrices.productId, productId))
    .orderBy(asc(productPrices.validFrom), desc(productPrices.id))
    .all();
  return rows.find((r) => r.validFrom > date) ?? null;
}

function toRow(ctx: Ctx, p: Product): ProductRow {
  const day = today(ctx);
  const current = priceOn(ctx, p.id, day);
  return {
    id: p.id,
    code: p.code,
    name: p.name,
    category: p.category,
    taxable: p.taxable,
    active: p.active,
    price: current?.price ?? null,
    priceFrom: current?.validFrom ?? null,
    nextPrice: nextPriceAfter(ctx, p.id, day),
  };
}

export function getProduct(ctx: Ctx, id: number): Product {
  const p = ctx.db.select().from(products).where(eq(products.id, id)).get();
  if (!p) throw notFound('El producto no existe.');
  return p;
}

export function listProducts(ctx: Ctx, includeInactive: boolean): ProductRow[] {
  const rows = ctx.db.select().from(products).orderBy(asc(products.name)).all();
  return rows.filter((p) => includeInactive || p.active).map((p) => toRow(ctx, p));
}

function assertUniqueName(ctx: Ctx, name: string, exceptId?: number): void {
  const other = ctx.db.select({ id: products.id }).from(products).where(eq(products.name, name)).get();
  if (other && other.id !== exceptId)
    throw new AppError('CONFLICT', `Ya existe el producto ${name}.`, {
      issues: [{ field: 'name', message: `Nombre: ya existe el producto ${name}` }],
    });
}

export function createProduct(
  ctx: Ctx,
  input: { code: string; name: string; category: Product['category']; taxable: boolean; price: number },
): ProductRow {
  if (ctx.db.select({ id: products.id }).from(products).where(eq(products.code, input.code)).get()) {
    throw new AppError('CONFLICT', `Ya existe un producto con el código ${input.code}.`, {
      issues: [{ field: 'code', message: `Código: ya existe ${input.code}` }],
    });
  }
  assertUniqueName(ctx, input.name);
  const created = ctx.db
    .insert(products)
    .values({ code: input.code, name: input.name, category: input.category, taxable: input.taxable })
    .returning()
    .get();
  ctx.db
    .insert(productPrices)
    .values({ productId: created.id, price: input.price, validFrom: today(ctx), createdAt: nowIso(ctx) })
    .run();
  ctx.audit({ recordType: 'product', recordId: created.id, after: input });
  return toRow(ctx, created);
}

export function updateProduct(
  ctx: Ctx,
  input: { id: number; name: string; category: Product['category']; taxable: boolean; active: boolean },
): ProductRow {
  const before = getProduct(ctx, input.id);
  assertUniqueName(ctx, input.name, input.id);
  const after = ctx.db
    .update(products)
    .set({ name: input.name, category: input.category, taxable: input.taxable, active: input.active })
    .where(eq(products.id, input.id))
    .returning()
    .get();
  ctx.audit({ recordType: 'product', recordId: input.id, before, after });
  return toRow(ctx, after);
}

/** Prices change from today on at the earliest: what was charged before stays as it was. */
export function setPrice(ctx: Ctx, input: { productId: number; price: number; validFrom: string }): ProductRow {
  const product = getProduct(ctx, input.productId);
  if (input.validFrom < today(ctx)) throw invalidField('validFrom', 'Vigente desde: no puede ser una fecha pasada');
  // What that date would have cost without this change.
  const before = priceOn(ctx, product.id, input.validFrom) ?? null;
  ctx.db
    .insert(productPrices)
    .values({ ...input, createdAt: nowIso(ctx) })
    .run();
  ctx.audit({ recordType: 'product', recordId: product.id, before, after: { price: input.price, validFrom: input.validFrom } });
  return toRow(ctx, product);
}

export function priceHistory(ctx: Ctx, productId: number) {
  getProduct(ctx, productId);
  return ctx.db
    .select({ price: productPrices.price, validFrom: productPrices.validFrom, createdAt: productPrices.createdAt })
    .from(productPrices)
    .where(eq(productPrices.productId, productId))
    .orderBy(desc(productPrices.validFrom), desc(productPrices.id))
    .all();
}
