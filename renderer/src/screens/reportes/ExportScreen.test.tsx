import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Output, type Result } from '../../api';
import { captureDownloads } from '../../test/downloads';
import { SESSION, fail, fakeSession, ok, renderInSession } from '../../test/render';
import { ExportScreen } from './ExportScreen';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const sessionOf = (role: 'SUPERVISOR' | 'COORDINADOR_PQR') =>
  fakeSession({ info: { ...SESSION, today: '2026-11-24', user: { ...SESSION.user, role }, modules: ['REPORTES'] } });

const CSV = '\uFEFFFecha;Hora\r\n2026-11-24;09:00:00\r\n';
const FILE: Output<'exports.file'> = {
  fileName: 'pagos-2026-11-24.csv',
  mimeType: 'text/csv;charset=utf-8',
  base64: btoa(String.fromCharCode(...new TextEncoder().encode(CSV))),
  rows: 1,
};

describe('REPORTES → Exportar', () => {
  beforeEach(() => mockedCall.mockReset());
  afterEach(() => vi.restoreAllMocks());

  it("exports the day's payments: asks the core for the file and hands it over as a download", async () => {
    const downloads = captureDownloads();
    mockedCall.mockResolvedValue(ok(FILE) as Result<never>);
    renderInSession(<ExportScreen active activation={1} />, sessionOf('SUPERVISOR'));
    expect((screen.getByLabelText('Fecha') as HTMLInputElement).value).toBe('2026-11-24');
    await userEvent.click(screen.getByLabelText('XLSX (Excel)'));
    await userEvent.click(screen.getByLabelText('CSV (separado por ;)'));
    await userEvent.click(screen.getByRole('button', { name: 'EXPORTAR' }));
    expect((await screen.findByRole('status')).textContent).toBe('Se descargó pagos-2026-11-24.csv (1 fila).');
    expect(mockedCall).toHaveBeenCalledWith('exports.file', { kind: 'PAGOS', format: 'csv', date: '2026-11-24' });
    expect(downloads.names).toEqual(['pagos-2026-11-24.csv']);
    expect(await downloads.text(0)).toBe(CSV);
  });

  it("offers a role only what it may export, and puts the core's refusal on the field it names", async () => {
    const downloads = captureDownloads();
    mockedCall.mockResolvedValue(
      fail({
        code: 'VALIDATION',
        message: 'Hasta: no puede ser anterior a Desde',
        issues: [{ field: 'period.to', message: 'Hasta: no puede ser anterior a Desde' }],
      }),
    );
    renderInSession(<ExportScreen active activation={1} />, sessionOf('COORDINADOR_PQR'));
    await userEvent.click(screen.getByLabelText('Qué exportar'));
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Trámites de un periodo']);
    await userEvent.keyboard('{Escape}');
    const from = screen.getByLabelText('Desde');
    await userEvent.clear(from);
    await userEvent.type(from, '2026-11-30');
    await userEvent.click(screen.getByRole('button', { name: 'EXPORTAR' }));
    const helpOf = (label: string) => {
      const described = screen.getByLabelText(label).getAttribute('aria-describedby');
      return described ? document.getElementById(described)?.textContent : null;
    };
    await waitFor(() => expect(helpOf('Hasta')).toBe('Hasta: no puede ser anterior a Desde'));
    expect(helpOf('Desde')).not.toContain('Hasta');
    expect(mockedCall).toHaveBeenCalledWith('exports.file', {
      kind: 'TRAMITES',
      format: 'csv',
      period: { from: '2026-11-30', to: '2026-11-24' },
    });
    expect(downloads.names).toEqual([]);
  });
});
