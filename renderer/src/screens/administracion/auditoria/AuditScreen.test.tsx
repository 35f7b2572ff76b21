import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input } from '../../../api';
import type { AuditRow } from '../../../api/audit';
import { captureDownloads } from '../../../test/downloads';
import { SESSION, fail, fakeSession, ok, renderInSession } from '../../../test/render';
import { AuditScreen } from './AuditScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const ADMIN = fakeSession({
  info: { ...SESSION, user: { ...SESSION.user, username: 'admin', role: 'ADMIN' }, modules: ['ADMINISTRACION'] },
});

const row = (id: number, procedure: string, record: [string, string] | null, before: unknown, after: unknown): AuditRow => ({
  id,
  // 8:05 p. m. in Bogotá on the 23rd is already the 24th in UTC.
  at: '2026-11-24T01:05:09Z',
  username: 'admin',
  workstation: 'ADMIN-01',
  procedure,
  recordType: record?.[0] ?? null,
  recordId: record?.[1] ?? null,
  before: before === null ? null : JSON.stringify(before),
  after: after === null ? null : JSON.stringify(after),
});

const PAUJIL = { id: 9, name: 'EL PAUJIL', municipality: 'El Paujil', active: true };
const FIRST_PAGE = [
  row(12, 'zones.create', ['zone', '9'], null, PAUJIL),
  row(
    11,
    'channels.update',
    ['channel', '2'],
    { id: 2, name: 'TELEFÓNICO', active: true },
    { id: 2, name: 'LLAMADA', active: true },
  ),
];
const SECOND_PAGE = [row(10, 'zones.setActive', ['zone', '4'], { ...PAUJIL, id: 4 }, { ...PAUJIL, id: 4, active: false })];

type ListInput = Input<'audit.list'>;

/** The trail in pages of two, after the id asked for; `rows` all of it, newest first. */
function serve(rows: AuditRow[] = [...FIRST_PAGE, ...SECOND_PAGE]) {
  mockedCall.mockImplementation(async (name, input) => {
    if (name === 'audit.options')
      return ok({ usernames: ['admin', 'asesor'], procedures: ['zones.create'], recordTypes: ['zone'] });
    if (name !== 'audit.list') return fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` });
    const { after, limit = 2 } = input as ListInput;
    const rest = rows.filter((r) => after === undefined || r.id < after);
    const page = rest.slice(0, limit);
    return ok({ rows: page, next: rest.length > limit ? page.at(-1)!.id : null });
  });
}

const listCalls = () => mockedCall.mock.calls.filter(([name]) => name === 'audit.list').map(([, input]) => input);
const text = (el: HTMLElement) => el.textContent?.replace(/\s/g, ' ') ?? '';

describe('ADMINISTRACIÓN → Auditoría', () => {
  beforeEach(() => mockedCall.mockReset());
  afterEach(() => vi.restoreAllMocks());

  it('shows the trail newest first in the office’s time, what changed readably, and pages with «Cargar más»', async () => {
    serve();
    renderInSession(<AuditScreen active activation={1} />, ADMIN);
    const table = await screen.findByRole('table', { name: 'Auditoría' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const [, created, renamed] = within(table).getAllByRole('row');
    expect(text(created!)).toContain('23/11/2026 8:05:09');
    expect(text(created!)).toContain('adminADMIN-01Zonas — crearzones.createZona 9');
    expect(text(created!)).toContain('Nombre: EL PAUJILMunicipio: El PaujilActivo: Sí');
    expect(text(renamed!)).toContain('Medios — modificar');
    expect(text(renamed!)).toMatch(/Nombre: TELEFÓNICO → LLAMADA$/);
    expect(listCalls()).toEqual([{}]);

    await userEvent.click(screen.getByRole('button', { name: 'Cargar más' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(listCalls()).toEqual([{}, { after: 11 }]);
    expect(text(within(table).getAllByRole('row')[3]!)).toContain('Zonas — desactivarzones.setActiveZona 4Activo: Sí → No');
    expect(screen.queryByRole('button', { name: 'Cargar más' })).toBeNull();

    // A filter applies with BUSCAR, and its pages keep it.
    await userEvent.selectOptions(screen.getByLabelText('Usuario'), 'admin');
    await userEvent.type(screen.getByLabelText('Registro'), '9{Enter}');
    await waitFor(() => expect(listCalls().at(-1)).toEqual({ username: 'admin', recordId: '9' }));
  });

  it('places the core’s refusal of the dates on Hasta', async () => {
    serve();
    renderInSession(<AuditScreen active activation={1} />, ADMIN);
    await screen.findByRole('table', { name: 'Auditoría' });
    const inverted = 'Hasta: no puede ser anterior a Desde';
    mockedCall.mockResolvedValueOnce(
      fail({ code: 'VALIDATION', message: inverted, issues: [{ field: 'to', message: inverted }] }),
    );
    fireEvent.change(screen.getByLabelText('Desde'), { target: { value: '2026-11-24' } });
    fireEvent.change(screen.getByLabelText('Hasta'), { target: { value: '2026-11-23' } });
    await userEvent.click(screen.getByRole('button', { name: 'BUSCAR' }));
    expect(listCalls().at(-1)).toEqual({ from: '2026-11-24', to: '2026-11-23' });
    const to = screen.getByLabelText('Hasta');
    await waitFor(() => expect(to.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(to.getAttribute('aria-describedby')!)?.textContent).toBe(inverted);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('exports the filtered trail, every page of it, as a CSV for Excel', async () => {
    const files = captureDownloads();
    serve();
    renderInSession(<AuditScreen active activation={1} />, ADMIN);
    await screen.findByRole('table', { name: 'Auditoría' });
    await userEvent.click(screen.getByRole('button', { name: 'Exportar CSV' }));
    expect(text(await screen.findByRole('status'))).toBe('Se descargó auditoria-2026-11-23.csv con 3 acciones.');
    expect(files.names).toEqual(['auditoria-2026-11-23.csv']);
    expect(listCalls().slice(1)).toEqual([{ limit: 1000 }]);
    expect(files.blobs[0]!.type).toBe('text/csv;charset=utf-8');

    const lines = (await files.text(0)).split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFFecha y hora;Usuario;Puesto;Acción;Tipo de registro;Registro;Cambios;Procedimiento;Instante (UTC);Antes;Después',
    );
    expect(lines[1]).toBe(
      '23/11/2026 20:05;admin;ADMIN-01;Zonas — crear;Zona;9;Nombre: EL PAUJIL · Municipio: El Paujil · Activo: Sí;' +
        'zones.create;2026-11-24T01:05:09Z;;"{""id"":9,""name"":""EL PAUJIL"",""municipality"":""El Paujil"",""active"":true}"',
    );
    expect(lines[2]).toContain(';Medios — modificar;Medio;2;Nombre: TELEFÓNICO → LLAMADA;channels.update;');
    expect(lines[3]).toContain(';Zonas — desactivar;Zona;4;Activo: Sí → No;zones.setActive;');
    expect(lines.slice(4)).toEqual(['']);
  });

  it('exports at most 50.000 rows and says plainly that there were more', async () => {
    captureDownloads();
    serve(Array.from({ length: 50_001 }, (_, i) => row(50_001 - i, 'auth.login', null, null, null)));
    renderInSession(<AuditScreen active activation={1} />, ADMIN);
    await screen.findByRole('table', { name: 'Auditoría' });
    await userEvent.click(screen.getByRole('button', { name: 'Exportar CSV' }));
    const warning = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(text(warning)).toContain('con las 50.000 acciones más recientes del filtro, pero hay más: acote las fechas');
    expect(listCalls().slice(1)).toHaveLength(50);
  });
});
