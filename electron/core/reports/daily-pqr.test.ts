import { describe, expect, it } from 'vitest';
import { ok, testOffice } from '../../../db/testing';
import { filePqr } from '../pqr/pqr.fixtures';

describe('informe diario: the PQR page', () => {
  it('counts trámites radicated by type, causal and asesor, the open ones by state, overdue and due soon as of the date', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    filePqr(office, asesor, { code: '100010' });
    filePqr(office, asesor, { code: '100011' });
    filePqr(office, office.login('asesor2'), { code: '100012', cause: 'FALTA DE SERVICIO', requestType: 'QUEJA' });
    const supervisor = office.login('supervisor');
    const today = ok(office.call(supervisor, 'reports.daily', { date: '2026-11-23' })).pqr;
    expect(today.totals).toEqual({ radicated: 3, open: 3, overdue: 0, dueSoon: 0 });
    expect(today.radicated).toEqual([
      expect.objectContaining({ requestType: 'PETICIÓN', cause: 'ALTO CONSUMO', requests: 2 }),
      expect.objectContaining({ requestType: 'QUEJA', cause: 'FALTA DE SERVICIO', requests: 1 }),
    ]);
    expect(today.openByStatus).toEqual([{ status: 'RADICADO', requests: 3 }]);
    expect(today.visitsOn).toBe('2026-11-24');

    // Due on Tuesday 15 December (Dec 8 is a holiday): due soon on the 10th, overdue on the 16th.
    const soon = ok(office.call(supervisor, 'reports.daily', { date: '2026-12-10' })).pqr;
    expect(soon.totals).toMatchObject({ radicated: 0, dueSoon: 3, overdue: 0 });
    expect(soon.dueSoon[0]).toMatchObject({ dueOn: '2026-12-15', daysLeft: 3, silence: false });
    const late = ok(office.call(supervisor, 'reports.daily', { date: '2026-12-16' })).pqr;
    expect(late.totals).toMatchObject({ overdue: 3, dueSoon: 0 });
    expect(late.overdue[0]).toMatchObject({ daysLeft: -1, silence: true });
  });
});
