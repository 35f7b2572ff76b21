import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Output, type Result } from '../../api';
import { COMPANY } from '../../documents/test-fixtures';
import { SESSION, fail, fakeSession, ok, renderInSession } from '../../test/render';
import { DailyReportScreen } from './DailyReportScreen';
import { dailyReport } from '../../test/report-fixtures';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const SUPERVISOR = fakeSession({
  info: {
    ...SESSION,
    user: { id: 4, username: 'supervisor', fullName: 'Arley Perdomo Losada', documentNumber: '7689123', role: 'SUPERVISOR' },
    modules: ['SUSCRIPTOR', 'RECAUDO', 'PQR', 'REPORTES'],
  },
});

function serve(daily: (date: string) => Result<unknown> = (date) => ok(dailyReport({ date }))) {
  mockedCall.mockImplementation(async (name, input) => {
    if (name === 'company.get') return ok(COMPANY) as Result<Output<typeof name>>;
    if (name === 'reports.daily') return daily((input as { date: string }).date) as Result<Output<typeof name>>;
    return fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` });
  });
}

const dailyCalls = () => mockedCall.mock.calls.filter(([n]) => n === 'reports.daily').map(([, input]) => input);

const textOf = (el: HTMLElement) => (el.textContent ?? '').replace(/\s/g, ' ');

function helpOf(label: string): string {
  const id = screen.getByLabelText(label).getAttribute('aria-describedby');
  return (id && document.getElementById(id)?.textContent) || '';
}

async function openScreen() {
  renderInSession(<DailyReportScreen active activation={1} />, SUPERVISOR);
  await screen.findByRole('table', { name: 'Pagos por cajero y medio' });
}

describe('REPORTES → Informe diario', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });
  afterEach(() => vi.restoreAllMocks());

  it('opens on today with every section, its totals and the shortage of the till', async () => {
    await openScreen();
    expect(dailyCalls()).toEqual([{ date: '2026-11-23' }]);
    const field = screen.getByLabelText<HTMLInputElement>('Fecha del informe');
    expect(field.value).toBe('23/11/2026');
    expect(document.activeElement).toBe(field);
    expect(textOf(screen.getByRole('status'))).toContain('Informe del lunes, 23 de noviembre de 2026');

    const totals = screen.getByRole('region', { name: 'Totales' });
    expect(textOf(within(totals).getByRole('group', { name: 'Recaudado (sin anulados)' }))).toMatch(/\$\s190\.500\s*2 recibos/);
    expect(textOf(within(totals).getByRole('group', { name: /faltante \(−\) de caja/ }))).toMatch(/Faltante\s\$\s5\.000/);

    const payments = screen.getByRole('table', { name: 'Pagos por cajero y medio' });
    const rows = within(payments).getAllByRole('row');
    expect(rows.map((r) => r.textContent)).toEqual([
      'CajeroMedio de pagoRecibosValor',
      expect.stringMatching(/^Yesenia Buendía RodríguezEfectivo2\$\s150\.000$/),
      expect.stringMatching(/^Yesenia Buendía RodríguezTarjeta1\$\s40\.500$/),
      expect.stringMatching(/^Total recaudado2\$\s190\.500$/),
    ]);
    expect(within(screen.getByRole('table', { name: 'Anulaciones' })).getByText('REC-2026-000003')).toBeTruthy();
    const tills = screen.getByRole('table', { name: 'Cajas' });
    expect(textOf(within(tills).getAllByRole('row')[1]!)).toMatch(/Cerrada.*Faltante\s\$\s5\.000.*CC-2026-000001/);
    expect(within(screen.getByRole('table', { name: 'Documentos por asesor' })).getByText('Luz Dary Plaza')).toBeTruthy();
  });

  it('lists the day’s receipts by cashier, with the subscriber, the method and the voided ones marked', async () => {
    await openScreen();
    const receipts = screen.getByRole('table', { name: 'Recibos por cajero' });
    const rows = within(receipts).getAllByRole('row');
    expect(rows.map((r) => textOf(r))).toEqual([
      'CajeroReciboHoraSuscriptorMedio de pagoEstadoValor',
      expect.stringMatching(/^Yesenia Buendía RodríguezREC-2026-0000019:10 a\. m\.100004EfectivoPagado\$ 90\.000$/),
      expect.stringMatching(/^Yesenia Buendía RodríguezREC-2026-0000029:40 a\. m\.100012Efectivo \+ TarjetaPagado\$ 100\.500$/),
      expect.stringMatching(/^Yesenia Buendía RodríguezREC-2026-0000039:55 a\. m\.100020EfectivoAnulado\$ 52\.300$/),
      expect.stringMatching(/^Total recaudado \(sin anulados\)2 recibos\$ 190\.500$/),
    ]);
  });

  it('shows the counter trámites: received by trámite, cancellations to approve, inspections due, certificates issued', async () => {
    await openScreen();
    const rowsOf = (name: string) => within(screen.getByRole('table', { name })).getAllByRole('row').map(textOf);
    expect(rowsOf('Trámites de ventanilla recibidos')).toEqual([
      'TrámiteRecibidos',
      'ESTADO DE CUENTA2',
      'CERTIFICADO DE NO ADEUDO1',
      'CAMBIO DE NOMBRE0',
      'CANCELACIÓN DE TOMA1',
      'INSPECCIÓN DE MEDIDOR0',
      'Total recibidos4',
    ]);
    expect(rowsOf('Cancelaciones de toma por aprobar')[1]).toBe(
      'RAD-2026-000004100011Marleny Cuéllar Vargas23/11/2026RadicadoLuz Dary Plaza',
    );
    expect(rowsOf('Inspecciones de medidor vencidas o por vencer')[1]).toBe(
      'RAD-2026-000002100012Hernán Ospina TrujilloAsignado a terreno25/11/20262',
    );
    expect(rowsOf('Certificados de no adeudo expedidos')).toEqual([
      'CertificadoCódigoSuscriptorVigente hastaAsesor',
      'CND-2026-000001100010Rubiela Cabrera Muñoz23/12/2026Luz Dary Plaza',
    ]);
  });

  it('says plainly a quiet day at the counter', async () => {
    serve((date) => {
      const report = dailyReport({ date });
      return ok({
        ...report,
        counterRequests: {
          received: report.counterRequests.received.map((r) => ({ ...r, received: 0 })),
          pendingApprovals: [],
          inspections: [],
          certificates: [],
          totals: { received: 0, pendingApprovals: 0, inspections: 0, certificates: 0 },
        },
      });
    });
    await openScreen();
    expect(screen.getByText('Ninguna cancelación de toma espera aprobación.')).toBeTruthy();
    expect(screen.getByText('Ninguna inspección de medidor vencida ni por vencer.')).toBeTruthy();
    expect(screen.getByText('No se expidieron certificados de no adeudo este día.')).toBeTruthy();
  });

  it('refuses a date that does not exist or is still to come, next to the field, and asks nothing', async () => {
    await openScreen();
    const field = screen.getByLabelText('Fecha del informe');
    await userEvent.clear(field);
    await userEvent.type(field, '31/02/2026{Enter}');
    expect(helpOf('Fecha del informe')).toBe('Fecha: el 31/02/2026 no existe');
    await userEvent.clear(field);
    await userEvent.type(field, '24/11/2026{Enter}');
    expect(helpOf('Fecha del informe')).toBe('Fecha: no puede ser posterior a hoy (23/11/2026)');
    await userEvent.clear(field);
    await userEvent.type(field, 'ayer');
    await userEvent.click(screen.getByRole('button', { name: 'CONSULTAR' }));
    expect(helpOf('Fecha del informe')).toMatch(/^Fecha: escríbala como dd\/mm\/aaaa/);
    expect(dailyCalls()).toHaveLength(1);
    // Still the report of the 23rd on screen.
    expect(textOf(screen.getByRole('status'))).toContain('23 de noviembre de 2026');
  });

  it('reads another day typed or stepped to, and says an empty day plainly', async () => {
    serve((date) => ok(date === '2026-11-23' ? dailyReport() : dailyReport({ date, payments: [], voids: [], sessions: [] })));
    await openScreen();
    const field = screen.getByLabelText<HTMLInputElement>('Fecha del informe');
    await userEvent.clear(field);
    await userEvent.type(field, '20112026{Enter}');
    await waitFor(() => expect(textOf(screen.getByRole('status'))).toContain('viernes, 20 de noviembre de 2026'));
    expect(field.value).toBe('20/11/2026');
    expect(screen.getByText('No hubo pagos este día.')).toBeTruthy();
    expect(screen.getByText('Ninguna caja se abrió este día.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Día anterior' }));
    await waitFor(() => expect(field.value).toBe('19/11/2026'));
    expect(dailyCalls()).toEqual([{ date: '2026-11-23' }, { date: '2026-11-20' }, { date: '2026-11-19' }]);
    await userEvent.click(screen.getByRole('button', { name: 'Hoy' }));
    await waitFor(() => expect(field.value).toBe('23/11/2026'));
    expect((screen.getByRole('button', { name: 'Día siguiente' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('reads the same day again on CONSULTAR: the day goes on while the supervisor looks at it', async () => {
    await openScreen();
    await userEvent.click(screen.getByRole('button', { name: 'CONSULTAR' }));
    await waitFor(() => expect(dailyCalls()).toEqual([{ date: '2026-11-23' }, { date: '2026-11-23' }]));
  });

  it('shows the core’s message when the report cannot be read', async () => {
    serve(() => fail({ code: 'FORBIDDEN', message: 'Su rol no puede consultar los reportes.' }));
    renderInSession(<DailyReportScreen active activation={1} />, SUPERVISOR);
    expect(await screen.findByText('Su rol no puede consultar los reportes.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Exportar XLSX' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('exports the CSV and the XLSX of the day on screen, named by its date', async () => {
    const blobs: Blob[] = [];
    const names: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return `blob:${blobs.length}`;
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    await openScreen();
    await userEvent.click(screen.getByRole('button', { name: 'Exportar CSV' }));
    await userEvent.click(screen.getByRole('button', { name: 'Exportar XLSX' }));
    expect(names).toEqual(['informe-diario-2026-11-23.csv', 'informe-diario-2026-11-23.xlsx']);
    expect(blobs.map((b) => b.type)).toEqual([
      'text/csv;charset=utf-8',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
    expect(csv).toMatch(/^\uFEFFInforme diario;23\/11\/2026\r\nEmpresa;Servicios Públicos de Florencia/);
    expect(csv).toContain('Generado por;Arley Perdomo Losada');
    expect(new Uint8Array(await blobs[1]!.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b]));
    expect(screen.getByText('Se descargó informe-diario-2026-11-23.xlsx.')).toBeTruthy();
  });
});
