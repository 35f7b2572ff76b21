import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import type { Input, ProcedureName } from '../contract';
import { sampleFactura } from './documents.fixtures';

/** What the print service does after archiving a copy: internal calls, with the printing user's session. */
function internal<N extends ProcedureName>(office: TestOffice, session: string, name: N, input: Input<N>) {
  return office.dispatch(session, name, input, { internal: true });
}

const copy = (number: string, reprint: number) => ({
  type: 'FACTURA' as const,
  number,
  reprint,
  archivePath: `2026/11/FACTURA/${number}${reprint ? `-R${reprint}` : ''}.pdf`,
  printer: 'HP LaserJet',
});

describe('recording a print', () => {
  it('is a dispatched mutation the transports cannot call, audited like every other', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    expect(failure(office.call(asesor, 'documents.recordPrint', copy(number, 0)))).toEqual({
      code: 'UNKNOWN_PROCEDURE',
      message: 'La acción solicitada no existe.',
    });
    expect(office.count('print_log')).toBe(0);

    ok(internal(office, asesor, 'documents.recordPrint', copy(number, 0)));
    expect(ok(office.call(asesor, 'documents.get', { type: 'FACTURA', number })).prints).toBe(1);
    const audit = office.sqlite
      .prepare(
        "SELECT username, workstation, record_type AS type, record_id AS id, after FROM audit WHERE procedure = 'documents.recordPrint'",
      )
      .all();
    expect(audit).toEqual([
      {
        username: 'asesor',
        workstation: 'VENTANILLA-01',
        type: 'FACTURA',
        id: number,
        after: JSON.stringify({ reprint: 0, archivePath: `2026/11/FACTURA/${number}.pdf`, printer: 'HP LaserJet' }),
      },
    ]);
  });

  it('lets the unique (type, number, reprint) decide between two puestos: the second hears CONFLICT', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    ok(internal(office, asesor, 'documents.recordPrint', copy(number, 0)));
    const second = failure(internal(office, office.login('asesor2'), 'documents.recordPrint', copy(number, 0)));
    expect(second).toEqual({
      code: 'CONFLICT',
      message: `Otro puesto imprimió FACTURA ${number} al mismo tiempo; se imprime la copia siguiente.`,
    });
    expect(office.count('print_log')).toBe(1);
    expect(office.sqlite.prepare("SELECT count(*) FROM audit WHERE procedure = 'documents.recordPrint'").pluck().get()).toBe(1);
  });

  it('checks the role of the document type, as documents.get does', () => {
    const office = testOffice();
    const { number } = sampleFactura(office);
    const refused = failure(internal(office, office.login('admin'), 'documents.recordPrint', copy(number, 0)));
    expect(refused.code).toBe('FORBIDDEN');
    expect(
      failure(internal(office, office.login('asesor'), 'documents.recordPrint', { ...copy(number, 0), archivePath: '../x.pdf' })),
    ).toMatchObject({ code: 'VALIDATION', issues: [{ field: 'archivePath' }] });
    expect(office.count('print_log')).toBe(0);
  });

  it("keeps the printer's answer once, from whoever printed the copy", () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    ok(internal(office, asesor, 'documents.recordPrint', copy(number, 0)));
    const answer = { type: 'FACTURA' as const, number, reprint: 0, printerError: 'La impresora «HP» no tiene papel.' };
    expect(failure(internal(office, office.login('asesor2'), 'documents.recordPrinterAnswer', answer)).code).toBe('CONFLICT');
    ok(internal(office, asesor, 'documents.recordPrinterAnswer', answer));
    expect(failure(internal(office, asesor, 'documents.recordPrinterAnswer', { ...answer, printerError: null })).code).toBe(
      'CONFLICT',
    );
    expect(failure(office.call(asesor, 'documents.recordPrinterAnswer', answer)).code).toBe('UNKNOWN_PROCEDURE');
    expect(office.sqlite.prepare('SELECT printer_error AS e, printer_answered_at AS at FROM print_log').get()).toEqual({
      e: 'La impresora «HP» no tiene papel.',
      at: '2026-11-23T14:00:00.000Z',
    });
    expect(() => office.sqlite.prepare('UPDATE print_log SET reprint = 5').run()).toThrow(/inmutable/);
    expect(() => office.sqlite.prepare('DELETE FROM print_log').run()).toThrow(/inmutable/);
  });
});

describe('documents.printHistory', () => {
  it('lists every print with who, where and the PDF relative to the archive, also for prints logged with absolute paths', () => {
    const office = testOffice({ archiveDir: '/srv/oficina/Archivo' });
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    // Prints logged before paths were relative: one inside the archive, one from an archive since moved.
    const old = office.sqlite.prepare(
      `INSERT INTO print_log (document_type, document_number, reprint, archive_path, printer, printed_at, printer_answered_at, user_id, workstation)
       VALUES ('FACTURA', ?, ?, ?, '', '2026-11-20T15:00:00.000Z', '2026-11-20T15:00:01.000Z', 2, 'VENTANILLA-02')`,
    );
    old.run(number, 0, `/srv/oficina/Archivo/2026/11/FACTURA/${number}.pdf`);
    old.run(number, 1, `/mnt/viejo/Archivo/2026/11/FACTURA/${number}-R1.pdf`);
    office.clock.advance(60_000);
    ok(internal(office, asesor, 'documents.recordPrint', copy(number, 2)));
    const history = ok(office.call(asesor, 'documents.printHistory', { type: 'FACTURA', number }));
    expect(history.map((h) => h.archivePath)).toEqual([
      `2026/11/FACTURA/${number}.pdf`,
      `2026/11/FACTURA/${number}-R1.pdf`,
      `2026/11/FACTURA/${number}-R2.pdf`,
    ]);
    expect(history[2]).toMatchObject({
      reprint: 2,
      workstation: 'VENTANILLA-01',
      user: { username: 'asesor', fullName: 'Luz Dary Plaza' },
    });
    expect(failure(office.call(office.login('admin'), 'documents.printHistory', { type: 'FACTURA', number })).code).toBe(
      'FORBIDDEN',
    );
    expect(failure(office.call(asesor, 'documents.printHistory', { type: 'FACTURA', number: 'FAC-2026-999999' })).code).toBe(
      'NOT_FOUND',
    );
  });
});
