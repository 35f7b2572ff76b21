import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice, type TestOffice } from '../../../db/testing';
import { recordPrint } from './documents.service';
import { sampleAgreement, sampleFactura } from './documents.fixtures';
import type { DocumentType } from '../contract/print.contract';

const userId = (office: TestOffice, username: string) =>
  (office.sqlite.prepare('SELECT id FROM users WHERE username = ?').get(username) as { id: number }).id;

function printed(office: TestOffice, type: DocumentType, number: string, reprint: number, printerError: string | null = null) {
  recordPrint(office.db, {
    type,
    number,
    reprint,
    archivePath: `/archivo/2026/11/${type}/${number}${reprint ? `-R${reprint}` : ''}.pdf`,
    printer: 'HP LaserJet',
    printerError,
    userId: userId(office, 'asesor'),
    workstation: 'VENTANILLA-01',
    at: office.clock.now().toISOString(),
  });
}

describe('documents.printStatus', () => {
  it('counts the prints of a factura so the next one is REIMPRESIÓN n', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    expect(ok(office.call(asesor, 'documents.printStatus', { type: 'FACTURA', number }))).toEqual({
      prints: 0,
      lastArchivePath: null,
    });
    printed(office, 'FACTURA', number, 0);
    printed(office, 'FACTURA', number, 1, 'La impresora no responde');
    expect(ok(office.call(asesor, 'documents.printStatus', { type: 'FACTURA', number: ` ${number} ` }))).toEqual({
      prints: 2,
      lastArchivePath: `/archivo/2026/11/FACTURA/${number}-R1.pdf`,
    });
    // Another document type with the same number is counted apart.
    expect(ok(office.call(office.login('cajero'), 'documents.printStatus', { type: 'PRUEBA', number })).prints).toBe(0);
  });

  it('refuses documents that do not exist, in Spanish', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    const missing = failure(office.call(asesor, 'documents.printStatus', { type: 'FACTURA', number: 'FAC-2026-999999' }));
    expect(missing).toMatchObject({ code: 'NOT_FOUND', message: 'No existe la factura FAC-2026-999999.' });
    expect(failure(office.call(asesor, 'documents.printStatus', { type: 'ANULACION_FACTURA', number })).message).toBe(
      `La factura ${number} no existe o no está anulada: no hay aviso de anulación que imprimir.`,
    );
    expect(failure(office.call(asesor, 'documents.printStatus', { type: 'ACUERDO', number: 'ACP-2026-000009' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('finds the void notice of a voided factura and a signed agreement', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    ok(office.call(office.login('supervisor'), 'invoices.void', { number, reason: 'Se digitó mal el producto' }));
    expect(ok(office.call(asesor, 'documents.printStatus', { type: 'ANULACION_FACTURA', number })).prints).toBe(0);
    const agreement = sampleAgreement(office, asesor);
    printed(office, 'ACUERDO', agreement.number, 0);
    expect(ok(office.call(asesor, 'documents.printStatus', { type: 'ACUERDO', number: agreement.number })).prints).toBe(1);
  });

  it('lets a test page exist always and count its own prints', () => {
    const office = testOffice();
    const admin = office.login('admin');
    expect(ok(office.call(admin, 'documents.printStatus', { type: 'PRUEBA', number: 'VENTANILLA-01' })).prints).toBe(0);
    printed(office, 'PRUEBA', 'VENTANILLA-01', 0);
    expect(ok(office.call(admin, 'documents.printStatus', { type: 'PRUEBA', number: 'VENTANILLA-01' })).prints).toBe(1);
  });

  it('refuses bad input and calls without a session', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const bad = failure(office.call(asesor, 'documents.printStatus', { type: 'FACTURA', number: '../etc/passwd' }));
    expect(bad).toMatchObject({ code: 'VALIDATION', issues: [{ field: 'number' }] });
    expect(bad.message).toBe('Número del documento: solo mayúsculas, números y guiones');
    expect(failure(office.call(asesor, 'documents.printStatus', { type: 'CHEQUE' as DocumentType, number: 'X-1' })).message).toBe(
      'Tipo de documento: no válido',
    );
    expect(failure(office.call(null, 'documents.printStatus', { type: 'PRUEBA', number: 'X' })).code).toBe('SESSION_REQUIRED');
  });
});

describe('documents.printHistory', () => {
  it('lists every print with who, where and the archived PDF, and the log cannot be changed', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    printed(office, 'FACTURA', number, 0);
    office.clock.advance(60_000);
    printed(office, 'FACTURA', number, 1, 'Sin papel');
    const history = ok(office.call(asesor, 'documents.printHistory', { type: 'FACTURA', number }));
    expect(history).toEqual([
      expect.objectContaining({ reprint: 0, printerError: null, user: { username: 'asesor', fullName: 'Luz Dary Plaza' } }),
      expect.objectContaining({ reprint: 1, printerError: 'Sin papel', workstation: 'VENTANILLA-01', printer: 'HP LaserJet' }),
    ]);
    expect(history[1]!.printedAt > history[0]!.printedAt).toBe(true);
    expect(() => office.sqlite.prepare('UPDATE print_log SET reprint = 5').run()).toThrow(/inmutable/);
    expect(() => office.sqlite.prepare('DELETE FROM print_log').run()).toThrow(/inmutable/);
  });
});
