import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { DEMO_COMPANY } from '../../../db/seed/company';

describe('ADMINISTRACIÓN → Empresa e Impresión', () => {
  it('gives every user the company printed on the documents', () => {
    const office = testOffice();
    const company = ok(office.call(office.login('cajero'), 'company.get', {}));
    expect(company).toMatchObject(DEMO_COMPANY);
    expect(company.logo).toMatch(/^data:image\/png;base64,/);
  });

  it('lets only the administrator change it, and refuses a logo that is not a small PNG or JPG', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const profile = { ...DEMO_COMPANY, name: 'Aguas del Hacha S.A. E.S.P.', logo: '' };
    expect(failure(office.call(office.login('asesor'), 'company.update', profile)).code).toBe('FORBIDDEN');
    expect(failure(office.call(admin, 'company.update', { ...profile, logo: 'data:image/gif;base64,R0lGOD==' })).message).toBe(
      'Logo: debe ser una imagen PNG o JPG',
    );
    const huge = `data:image/png;base64,${'A'.repeat(300_000)}`;
    expect(failure(office.call(admin, 'company.update', { ...profile, logo: huge })).message).toBe('Logo: máximo 200 KB');
    ok(office.call(admin, 'company.update', profile));
    expect(ok(office.call(admin, 'company.get', {})).name).toBe('Aguas del Hacha S.A. E.S.P.');
  });

  it('keeps printers per workstation, Carta by default', () => {
    const office = testOffice();
    const admin = office.login('admin');
    expect(ok(office.call(admin, 'printing.config', {}))).toEqual({
      workstation: 'VENTANILLA-01',
      documentPrinter: '',
      receiptPrinter: '',
      paper: 'CARTA',
    });
    ok(
      office.call(admin, 'printing.setConfig', {
        documentPrinter: 'HP LaserJet M404',
        receiptPrinter: 'EPSON TM-T20III',
        paper: 'ROLLO_80MM',
      }),
    );
    expect(ok(office.call(office.login('cajero'), 'printing.config', {})).receiptPrinter).toBe('EPSON TM-T20III');
    expect(
      failure(office.call(admin, 'printing.setConfig', { documentPrinter: '', receiptPrinter: '', paper: 'A4' as never })).message,
    ).toBe('Papel: Carta, Oficio o rollo de 80 mm');
  });
});
