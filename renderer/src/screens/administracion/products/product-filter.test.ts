import { describe, expect, it } from 'vitest';
import { filterProducts } from './product-filter';
import type { ProductRow } from './types';

const product = (code: string, name: string, category: ProductRow['category']): ProductRow => ({
  id: code.length,
  code,
  name,
  category,
  taxable: false,
  active: true,
  price: 10_000,
  priceFrom: '2024-01-01',
  nextPrice: null,
});

const catalog = [
  product('REC', 'RECONEXIÓN DEL SERVICIO', 'CARGO'),
  product('MCF', 'MULTA POR CONEXIÓN FRAUDULENTA', 'MULTA'),
  product('CNA', 'CERTIFICADO DE NO ADEUDO', 'CERTIFICADO'),
];
const codes = (query: string) => filterProducts(catalog, query).map((p) => p.code);

describe('filterProducts', () => {
  it('finds by code, by any words of the name without accents, and by category', () => {
    expect(codes('')).toEqual(['REC', 'MCF', 'CNA']);
    expect(codes('mcf')).toEqual(['MCF']);
    expect(codes('conexion')).toEqual(['REC', 'MCF']);
    expect(codes('servicio reconexion')).toEqual(['REC']);
    expect(codes('certificado')).toEqual(['CNA']);
    expect(codes('cargo')).toEqual(['REC']);
    expect(codes('agua')).toEqual([]);
  });
});
