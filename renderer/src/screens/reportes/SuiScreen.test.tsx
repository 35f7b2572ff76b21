import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Output, type Result } from '../../api';
import { SESSION, fail, fakeSession, ok, renderInSession } from '../../test/render';
import { downloadFile } from './export/download';
import { SuiScreen } from './SuiScreen';

vi.mock('../../api', () => ({ call: vi.fn() }));
vi.mock('./export/download', () => ({ downloadFile: vi.fn() }));
const mockedCall = vi.mocked(call);
const mockedDownload = vi.mocked(downloadFile);

const SUPERVISOR = fakeSession({
  info: { ...SESSION, today: '2026-12-02', user: { ...SESSION.user, role: 'SUPERVISOR' }, modules: ['PQR', 'REPORTES'] },
});

const ROW: Output<'reports.sui'>[number] = {
  filingNumber: 'RAD-2026-000001',
  filedOn: '2026-11-23',
  requestType: 5,
  causeGroup: 'P',
  causeCode: '203',
  account: '100004',
  invoice: 'FAC-2026-000001',
  responseType: null,
  respondedOn: null,
  responseNumber: '',
  notifiedOn: null,
  notificationType: null,
  transferredToSspd: false,
};

/** A visit answered by letter (type 3, "accede parcialmente") and notified in person. */
const ANSWERED: Output<'reports.sui'>[number] = {
  ...ROW,
  filingNumber: 'RAD-2026-000002',
  requestType: 5,
  causeCode: '210',
  account: '100010',
  invoice: '',
  responseType: 3,
  respondedOn: '2026-11-30',
  responseNumber: 'OFI-2026-000007',
  notifiedOn: '2026-12-01',
  notificationType: 1,
};

describe('REPORTES → SUI', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    mockedDownload.mockReset();
    mockedCall.mockImplementation(async (name) =>
      name === 'reports.sui' ? (ok([ROW, ANSWERED]) as Result<Output<typeof name>>) : fail({ code: 'INTERNAL', message: name }),
    );
  });

  it('asks for the closed month by default and shows its trámites in Formato A columns', async () => {
    renderInSession(<SuiScreen active activation={1} />, SUPERVISOR);
    expect(screen.getByLabelText('Mes')).toHaveProperty('value', '2026-11');
    await userEvent.click(screen.getByRole('button', { name: 'CONSULTAR' }));
    const table = await screen.findByRole('table', { name: 'Formato A' });
    expect(table.textContent).toContain('RAD-2026-000001');
    expect(table.textContent).toContain('23-11-2026');
    expect(mockedCall).toHaveBeenCalledWith('reports.sui', { month: '2026-11' });
    await userEvent.click(screen.getByRole('button', { name: /Descargar CSV/ }));
    expect(screen.getByRole('status').textContent).toContain('sui-formato-a-2026-11.csv (2 trámites)');
  });

  it('shows and exports an answered trámite with its response and its notification', async () => {
    renderInSession(<SuiScreen active activation={1} />, SUPERVISOR);
    await userEvent.click(screen.getByRole('button', { name: 'CONSULTAR' }));
    const table = await screen.findByRole('table', { name: 'Formato A' });
    const answered = within(table).getByRole('row', { name: /RAD-2026-000002/ });
    expect(
      within(answered)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'RAD-2026-000002',
      '23-11-2026',
      '5',
      'P',
      '210',
      '100010',
      '',
      '3',
      '30-11-2026',
      'OFI-2026-000007',
      '01-12-2026',
      '1',
      'N',
    ]);
    await userEvent.click(screen.getByRole('button', { name: /Descargar CSV/ }));
    const [name, csv] = mockedDownload.mock.calls[0]!;
    expect(name).toBe('sui-formato-a-2026-11.csv');
    expect(String(csv).split('\r\n').slice(1, 3)).toEqual([
      'RAD-2026-000001,23-11-2026,5,P,203,100004,FAC-2026-000001,,,,,,N',
      'RAD-2026-000002,23-11-2026,5,P,210,100010,,3,30-11-2026,OFI-2026-000007,01-12-2026,1,N',
    ]);
  });
});
