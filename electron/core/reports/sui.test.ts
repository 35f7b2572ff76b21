import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { filePqr, fileReconnection } from '../pqr/pqr.fixtures';

describe('REPORTES → SUI: Formato A', () => {
  it('lists the month’s trámites with their SUI cause group and code, account and the factura that opened them', () => {
    const office = testOffice();
    const { invoice, request } = fileReconnection(office);
    filePqr(office, office.login('asesor'), { code: '100010', requestType: 'RECLAMO' });
    const supervisor = office.login('supervisor');
    const rows = ok(office.call(supervisor, 'reports.sui', { month: '2026-11' }));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual({
      filingNumber: request.filingNumber,
      filedOn: '2026-11-23',
      requestType: 5,
      causeGroup: 'P',
      causeCode: '203',
      account: '100004',
      invoice: invoice.number,
      responseType: null,
      respondedOn: null,
      responseNumber: '',
      notifiedOn: null,
      notificationType: null,
      transferredToSspd: false,
    });
    expect(rows[1]).toMatchObject({ requestType: 1, causeGroup: 'F', causeCode: '101', account: '100010', invoice: '' });
    expect(ok(office.call(supervisor, 'reports.sui', { month: '2026-10' }))).toEqual([]);
    expect(failure(office.call(supervisor, 'reports.sui', { month: '2026-13' })).issues?.[0]?.message).toBe(
      'Mes: con el formato AAAA-MM',
    );
    expect(failure(office.call(office.login('asesor'), 'reports.sui', { month: '2026-11' })).code).toBe('FORBIDDEN');
  });
});
