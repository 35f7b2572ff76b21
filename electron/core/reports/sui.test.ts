import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { filePqr, fileReconnection } from '../pqr/pqr.fixtures';
import { respond, visitWithReport } from '../responses/responses.fixtures';

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

  it('gives an answered and notified trámite its response and notification: the letter’s office day, the successful notification only', () => {
    const office = testOffice();
    const pending = filePqr(office, office.login('asesor'), { code: '100020', requestType: 'QUEJA', cause: 'FALTA DE SERVICIO' });
    const visit = visitWithReport(office);
    // Answered at 21:57 in Bogotá on Monday the 23rd: already Tuesday in UTC.
    office.clock.set('2026-11-24T02:57:00.000Z');
    const letter = respond(office, visit.filingNumber);
    const documental = office.login('documental');
    ok(
      office.call(documental, 'notifications.record', {
        filingNumber: visit.filingNumber,
        kind: 'PERSONAL',
        result: 'FALLIDO',
        note: 'Nadie atendió en el predio',
      }),
    );
    // The next morning the user comes in and is notified in person.
    office.clock.set('2026-11-24T15:00:00.000Z');
    ok(
      office.call(office.login('documental'), 'notifications.record', {
        filingNumber: visit.filingNumber,
        kind: 'PERSONAL',
        result: 'NOTIFICADO',
        receiverName: 'Marleny Cuéllar',
        receiverDocument: '40761234',
      }),
    );

    const rows = ok(office.call(office.login('supervisor'), 'reports.sui', { month: '2026-11' }));
    expect(rows.map((r) => r.filingNumber)).toEqual([pending.filingNumber, visit.filingNumber]);
    expect(rows[0]).toMatchObject({
      responseType: null,
      respondedOn: null,
      responseNumber: '',
      notifiedOn: null,
      notificationType: null,
    });
    expect(rows[1]).toEqual({
      filingNumber: visit.filingNumber,
      filedOn: '2026-11-23',
      requestType: 5,
      causeGroup: 'P',
      causeCode: '210',
      account: '100010',
      invoice: '',
      responseType: 3,
      respondedOn: '2026-11-23',
      responseNumber: letter.number,
      notifiedOn: '2026-11-24',
      notificationType: 1,
      transferredToSspd: false,
    });
  });
});
