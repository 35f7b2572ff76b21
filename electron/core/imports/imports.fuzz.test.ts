import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ok, testOffice } from '../../../db/testing';
import { IMPORT_FIELDS, IMPORT_KINDS, type ImportKind } from '../contract/import-kinds';

/**
 * Import fuzz: cells a broken export or a hostile file could bring, in every field of every kind.
 * Whatever comes, each row is either taken or refused with its line and a Spanish reason (never an
 * unexpected error), the dry run writes nothing, and a second import of the same rows changes nothing.
 */

const cell = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    '',
    '   ',
    '=SUM(A1:A9)',
    '+57 310',
    '-5',
    '@cmd',
    '100001',
    '100002',
    '01-001',
    '2026-02-30',
    '31/12/2025',
    '2025-13',
    '2025-07',
    'S',
    'n',
    'Residencial',
    'CC',
    'NIT',
    '900123456-8',
    '80123456',
    '1.234.567',
    '$ 12.500',
    '12,5',
    'ACTIVO',
    'CANCELADO',
    'x'.repeat(2000),
    '\u0000\u0007',
    'línea\nnueva',
    '👩‍👩‍👧',
    "' OR 1=1 --",
  ),
);

/** A row each kind takes in the demo office; the fuzz breaks some of its cells. */
const VALID: Record<ImportKind, Record<string, string>> = {
  TERCEROS: {
    tipo_documento: 'CC',
    numero_documento: '80123456',
    nombres: 'Marta',
    apellidos: 'Ruiz',
    celular: '',
    correo: '',
    direccion: '',
  },
  PADRON: {
    codigo: '700001',
    ruta: '01-002',
    direccion: 'Calle 9 # 3-12',
    uso: 'RESIDENCIAL',
    estrato: '2',
    acueducto: 'S',
    alcantarillado: 'S',
    aseo: 'N',
    titular_tipo_documento: 'CC',
    titular_documento: '80123456',
    titular_nombres: 'Marta',
  },
  CARTERA: { codigo: '100002', concepto: 'Saldo', periodo: '2024-03', valor: '125000', vencimiento: '2024-04-20' },
  FACTURACION: {
    codigo: '100003',
    periodo: '2026-12',
    numero: 'FZ-1',
    emision: '2026-12-05',
    vencimiento: '2026-12-20',
    consumo: '18',
    acueducto: '30000',
    alcantarillado: '20000',
    aseo: '15000',
    total: '65000',
  },
  LECTURAS: { codigo: '100004', periodo: '2026-12', fecha: '2026-12-25', lectura: '1500', consumo: '20' },
};

/** A valid row with up to three of its fields replaced by whatever a file could bring. */
const rowOf = (kind: ImportKind) =>
  fc
    .array(fc.tuple(fc.constantFrom(...IMPORT_FIELDS[kind].map((f) => f.key)), cell), { maxLength: 3 })
    .map((broken) => ({ ...VALID[kind], ...Object.fromEntries(broken) }));

const TABLES = [
  'parties',
  'subscribers',
  'ledger_entries',
  'imported_balances',
  'periodic_bills',
  'meter_readings',
  'owner_history',
];

describe('import fuzz', () => {
  it('takes or refuses every row with a reason; the dry run writes nothing; the same rows twice change nothing', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const counts = () => TABLES.map((t) => office.count(t));
    let taken = 0;
    fc.assert(
      fc.property(
        fc
          .constantFrom(...IMPORT_KINDS)
          .chain((kind) => fc.tuple(fc.constant(kind), fc.array(rowOf(kind), { minLength: 1, maxLength: 12 }))),
        ([kind, rows]) => {
          const batch = { kind, fileName: 'fuzz.csv', rows: rows.map((values, i) => ({ line: i + 2, values })) };
          const before = counts();
          const dry = ok(office.call(admin, 'imports.check', batch));
          expect(counts()).toEqual(before);
          const total = dry.counts.NEW + dry.counts.CHANGED + dry.counts.UNCHANGED + dry.counts.REJECTED;
          expect(total).toBe(rows.length);
          for (const r of dry.rejected) {
            expect(r.reason.length).toBeGreaterThan(5);
            expect(r.line).toBeGreaterThanOrEqual(2);
          }
          taken += dry.counts.NEW + dry.counts.CHANGED + dry.counts.UNCHANGED;
          const first = ok(office.call(admin, 'imports.apply', batch));
          expect(first.counts.REJECTED).toBe(dry.counts.REJECTED);
          const after = counts();
          const again = ok(office.call(admin, 'imports.apply', batch));
          expect(again.counts.NEW + again.counts.CHANGED).toBe(0);
          expect(counts()).toEqual(after);
        },
      ),
      { numRuns: 150, seed: 14 },
    );
    // The fuzz reached the writing paths, not only the refusals.
    expect(taken).toBeGreaterThan(50);
  });
});
