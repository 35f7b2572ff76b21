import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import type { Input } from '../contract';
import type { ImportKind } from '../contract/import-kinds';

type Values = Record<string, string>;
const batch = (kind: ImportKind, rows: Values[], firstLine = 2): Input<'imports.check'> => ({
  kind,
  fileName: `${kind.toLowerCase()}.csv`,
  rows: rows.map((values, i) => ({ line: firstLine + i, values })),
});

function office(): { office: TestOffice; admin: string } {
  const o = testOffice();
  return { office: o, admin: o.login('admin') };
}

const tercero = (over: Values = {}): Values => ({
  tipo_documento: 'CC',
  numero_documento: '80.123.456',
  nombres: 'Marta Lucía',
  apellidos: 'Rincón Díaz',
  celular: '3104567890',
  correo: 'marta@example.com',
  direccion: 'Cra 4 # 10-20',
  ...over,
});

const predio = (over: Values = {}): Values => ({
  codigo: '700001',
  ruta: '01-002',
  direccion: 'Calle 9 # 3-12',
  barrio: 'Centro',
  uso: 'Residencial',
  estrato: '2',
  acueducto: 'S',
  alcantarillado: 'S',
  aseo: 'N',
  medidor: 'mx-1001',
  marca_medidor: 'Itron',
  titular_tipo_documento: 'CC',
  titular_documento: '80123456',
  titular_nombres: 'Marta Lucía',
  titular_apellidos: 'Rincón Díaz',
  ...over,
});

describe('ADMINISTRACIÓN → Importar: terceros', () => {
  it('tells new, changed, unchanged and refused in the dry run, writes nothing then, and the same file twice changes nothing', () => {
    const { office: o, admin } = office();
    const file = batch('TERCEROS', [
      tercero(),
      tercero({ tipo_documento: 'NIT', numero_documento: '900123456-1', nombres: 'Acme SAS', apellidos: '' }),
      tercero({ numero_documento: '12', nombres: 'Corto' }),
      tercero({ numero_documento: '79111222', nombres: '=HYPERLINK("http://x")' }),
    ]);
    const parties = o.count('parties');
    const dry = ok(o.call(admin, 'imports.check', file));
    expect(dry.counts).toEqual({ NEW: 1, CHANGED: 0, UNCHANGED: 0, REJECTED: 3 });
    expect(dry.rejected).toEqual([
      { line: 3, field: 'numero_documento', reason: expect.stringContaining('dígito de verificación') },
      { line: 4, field: 'numero_documento', reason: expect.stringContaining('de 5 a 10 dígitos') },
      { line: 5, field: 'nombres', reason: expect.stringContaining('fórmula') },
    ]);
    expect(o.count('parties')).toBe(parties);

    expect(ok(o.call(admin, 'imports.apply', file)).counts).toEqual(dry.counts);
    expect(o.count('parties')).toBe(parties + 1);
    const stored = o.sqlite
      .prepare("SELECT names, surnames, document_number AS n FROM parties WHERE document_number = '80123456'")
      .get();
    expect(stored).toEqual({ names: 'MARTA LUCÍA', surnames: 'RINCÓN DÍAZ', n: '80123456' });

    expect(ok(o.call(admin, 'imports.apply', file)).counts).toEqual({ NEW: 0, CHANGED: 0, UNCHANGED: 1, REJECTED: 3 });
    const moved = ok(o.call(admin, 'imports.apply', batch('TERCEROS', [tercero({ direccion: 'Calle 1 # 1-1' })])));
    expect(moved.counts.CHANGED).toBe(1);
    expect(o.count('parties')).toBe(parties + 1);
  });

  it('refuses a key repeated in one batch, naming the line that had it first', () => {
    const { office: o, admin } = office();
    const dry = ok(o.call(admin, 'imports.check', batch('TERCEROS', [tercero(), tercero({ nombres: 'Otra' })])));
    expect(dry.rejected).toEqual([{ line: 3, field: '', reason: 'Repetida: la línea 2 trae la misma clave (CC 80123456)' }]);
    expect(dry.keys).toEqual([{ line: 2, key: 'CC 80123456', status: 'NEW' }]);
  });
});

describe('ADMINISTRACIÓN → Importar: padrón', () => {
  it('registers a subscriber with a titular added from the row, and a second file edits it with padrón history', () => {
    const { office: o, admin } = office();
    const first = ok(
      o.call(
        admin,
        'imports.apply',
        batch('PADRON', [predio(), predio({ codigo: '700002', ruta: '99-999' }), predio({ codigo: '7003' })]),
      ),
    );
    expect(first.counts).toEqual({ NEW: 1, CHANGED: 0, UNCHANGED: 0, REJECTED: 2 });
    expect(first.rejected.map((r) => [r.line, r.field])).toEqual([
      [3, 'ruta'],
      [4, 'codigo'],
    ]);
    const asesor = o.login('asesor');
    const view = ok(o.call(asesor, 'subscribers.view', { code: '700001' }));
    expect(view).toMatchObject({ code: '700001', status: 'ACTIVO', address: 'CALLE 9 # 3-12' });
    expect(view.ownerHistory).toEqual([expect.objectContaining({ reason: 'Importación del padrón', until: null })]);

    expect(ok(o.call(admin, 'imports.apply', batch('PADRON', [predio()]))).counts.UNCHANGED).toBe(1);
    const edited = ok(
      o.call(admin, 'imports.apply', batch('PADRON', [predio({ direccion: 'Calle 9 # 3-14', estado: 'SUSPENDIDO' })])),
    );
    expect(edited.counts.CHANGED).toBe(1);
    const history = ok(o.call(admin, 'padron.history', { code: '700001' }));
    expect(history.edits[0]).toMatchObject({
      what: 'Importación del padrón',
      changes: [expect.objectContaining({ after: 'CALLE 9 # 3-14' })],
    });
    expect(history.statuses[0]).toMatchObject({ fromStatus: 'ACTIVO', toStatus: 'SUSPENDIDO' });
  });

  it('refuses a titular that is neither a tercero nor named, and a move the lifecycle does not allow', () => {
    const { office: o, admin } = office();
    ok(o.call(admin, 'imports.apply', batch('PADRON', [predio({ estado: 'CANCELADO' })])));
    const dry = ok(
      o.call(
        admin,
        'imports.check',
        batch('PADRON', [predio(), predio({ codigo: '700009', titular_documento: '555666777', titular_nombres: '' })]),
      ),
    );
    expect(dry.rejected.map((r) => [r.line, r.field])).toEqual([
      [2, 'estado'],
      [3, 'titular_documento'],
    ]);
  });
});

describe('ADMINISTRACIÓN → Importar: cartera, facturación and lecturas', () => {
  it('posts imported cartera to the account as a charge RECAUDO collects, oldest first, once', () => {
    const { office: o, admin } = office();
    const asesor = o.login('asesor');
    const before = ok(o.call(asesor, 'subscribers.view', { code: '100001' })).balance;
    const rows = [
      { codigo: '100001', concepto: 'Financiación medidor', periodo: '2024-03', valor: '$ 125.000', vencimiento: '20/04/2024' },
      { codigo: '999999', concepto: 'Saldo', periodo: '2024-03', valor: '1000', vencimiento: '2024-04-20' },
      { codigo: '100001', concepto: 'Saldo', periodo: '2024-13', valor: '1000', vencimiento: '2024-04-20' },
    ];
    const result = ok(o.call(admin, 'imports.apply', batch('CARTERA', rows)));
    expect(result.counts).toEqual({ NEW: 1, CHANGED: 0, UNCHANGED: 0, REJECTED: 2 });
    expect(result.rejected.map((r) => r.field)).toEqual(['codigo', 'periodo']);
    expect(ok(o.call(asesor, 'subscribers.view', { code: '100001' })).balance).toBe(before + 125_000);
    expect(ok(o.call(admin, 'imports.apply', batch('CARTERA', rows.slice(0, 1)))).counts.UNCHANGED).toBe(1);
    const changed = ok(o.call(admin, 'imports.check', batch('CARTERA', [{ ...rows[0]!, valor: '130000' }])));
    expect(changed.rejected[0]?.reason).toContain('no se reescribe');
    expect(ok(o.call(asesor, 'subscribers.view', { code: '100001' })).balance).toBe(before + 125_000);
  });

  it('takes a billing cycle whose total is the sum of its services, and refuses one that is not', () => {
    const { office: o, admin } = office();
    const bill = {
      codigo: '100002',
      periodo: '2026-11',
      numero: 'FS-2026-11-100002',
      emision: '2026-11-05',
      vencimiento: '2026-11-20',
      consumo: '18',
      acueducto: '30000',
      alcantarillado: '20000',
      aseo: '15000',
      total: '65000',
    };
    const result = ok(
      o.call(admin, 'imports.apply', batch('FACTURACION', [bill, { ...bill, codigo: '100003', numero: 'X-1', total: '1' }])),
    );
    expect(result.counts).toMatchObject({ NEW: 1, REJECTED: 1 });
    expect(result.rejected[0]).toMatchObject({ line: 3, field: 'total' });
    const stored = o.sqlite.prepare("SELECT total FROM periodic_bills WHERE number = 'FS-2026-11-100002'").get();
    expect(stored).toEqual({ total: 65000 });
  });

  it('replaces a corrected reading and estimates one without a reading', () => {
    const { office: o, admin } = office();
    const reading = { codigo: '100003', periodo: '2026-12', fecha: '2026-12-25', lectura: '1500,5', consumo: '20' };
    expect(ok(o.call(admin, 'imports.apply', batch('LECTURAS', [reading]))).counts.NEW).toBe(1);
    expect(
      ok(o.call(admin, 'imports.apply', batch('LECTURAS', [{ ...reading, lectura: '', consumo: '22' }]))).counts.CHANGED,
    ).toBe(1);
    const stored = o.sqlite
      .prepare(
        "SELECT reading, consumption_m_3 AS c, estimated FROM meter_readings m JOIN subscribers s ON s.id = m.subscriber_id WHERE s.code = '100003' AND period = '2026-12'",
      )
      .get();
    expect(stored).toEqual({ reading: null, c: 22, estimated: 1 });
  });
});

describe('ADMINISTRACIÓN → Importar: batches and mappings', () => {
  it('writes all of a batch or none: a failure inside leaves none of its rows', () => {
    const { office: o, admin } = office();
    o.sqlite
      .exec(`CREATE TEMP TRIGGER fail_third AFTER INSERT ON parties WHEN (SELECT count(*) FROM parties WHERE document_number LIKE '8800000%') >= 3
      BEGIN SELECT RAISE(ABORT, 'disco lleno'); END`);
    const parties = o.count('parties');
    const rows = [1, 2, 3, 4].map((i) => tercero({ numero_documento: `8800000${i}` }));
    expect(failure(o.call(admin, 'imports.apply', batch('TERCEROS', rows))).code).toBe('INTERNAL');
    expect(o.count('parties')).toBe(parties);
  });

  it('keeps the columns chosen per kind of file, and refuses a mapping without a required field', () => {
    const { office: o, admin } = office();
    expect(ok(o.call(admin, 'imports.mapping', { kind: 'LECTURAS' })).mapping).toBeNull();
    const mapping = { codigo: 'CUENTA', periodo: 'PER', fecha: 'F_LECT', consumo: 'M3' };
    ok(o.call(admin, 'imports.saveMapping', { kind: 'LECTURAS', mapping }));
    expect(ok(o.call(admin, 'imports.mapping', { kind: 'LECTURAS' })).mapping).toEqual(mapping);
    expect(failure(o.call(admin, 'imports.saveMapping', { kind: 'LECTURAS', mapping: { codigo: 'CUENTA' } })).message).toContain(
      'Periodo',
    );
  });

  it('is the administrator’s: the counter cannot import', () => {
    const { office: o } = office();
    expect(failure(o.call(o.login('asesor'), 'imports.apply', batch('TERCEROS', [tercero()]))).code).toBe('FORBIDDEN');
  });
});
