import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Output, type Result } from '../../api';
import { SESSION, fail, fakeSession, ok, renderInSession } from '../../test/render';
import { SuiScreen } from './SuiScreen';

vi.mock('../../api', () => ({ call: vi.fn() }));
vi.mock('./export/download', () => ({ downloadFile: vi.fn() }));
const mockedCall = vi.mocked(call);

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

describe('REPORTES → SUI', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    mockedCall.mockImplementation(async (name) =>
      name === 'reports.sui' ? (ok([ROW]) as Result<Output<typeof name>>) : fail({ code: 'INTERNAL', message: name }),
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
    expect(screen.getByRole('status').textContent).toContain('sui-formato-a-2026-11.csv (1 trámite)');
  });
});
