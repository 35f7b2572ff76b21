import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ROLES, type PqrStatus, type Role } from '../../../../../db/schema/enums';
import { may } from '../../../../../electron/core/contract/may';
import { call, type Input, type Output, type Result } from '../../../api';
import { TramiteDialog } from '../../../components/tramite/TramiteDialog';
import { fail, fakeSession, ok, SESSION } from '../../../test/render';
import { renderInSessionQueries } from '../../../test/session-queries';
import { causeOf, tramiteView } from '../pqr-fixtures';
import { BandejaScreen } from './BandejaScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);
type Handler = (input: never) => Result<unknown>;

const row = (n: number): Output<'pqr.list'>['rows'][number] => ({
  id: n,
  filingNumber: `RAD-2026-${String(n).padStart(6, '0')}`,
  filedOn: '2026-11-20',
  subscriberCode: `1000${n}`,
  subscriberName: `Usuario ${n}`,
  routeCode: '01-001',
  service: 'ACUEDUCTO',
  cause: 'DAÑO EN LA ACOMETIDA',
  status: 'RADICADO',
  dueOn: '2026-12-11',
  daysLeft: 14,
  hoursLeft: null,
  dueSoon: false,
  overdue: false,
  silence: false,
});

const tramite = (status: PqrStatus) => tramiteView(status);

function serve(overrides: Record<string, Handler> = {}) {
  const handlers: Record<string, Handler> = {
    'pqr.list': (input: Input<'pqr.list'>) =>
      ok(input.after ? { rows: [row(51)], next: null } : { rows: [row(1), row(2)], next: { dueOn: '2026-12-11', id: 2 } }),
    'pqr.get': () => ok(tramite('RADICADO')),
    ...overrides,
  };
  mockedCall.mockImplementation(async (name, input) => {
    const handler = handlers[name];
    return (handler ? handler(input as never) : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })) as Result<
      Output<typeof name>
    >;
  });
}

const listed = (input: Partial<Input<'pqr.list'>>) =>
  mockedCall.mock.calls.filter(([n, i]) => n === 'pqr.list' && JSON.stringify({ ...i, ...input }) === JSON.stringify(i));
const sessionOf = (role: Role) => fakeSession({ info: { ...SESSION, user: { ...SESSION.user, role } } });

describe('PQR → Bandeja de trámites', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });

  it('continues after the last row with Cargar más, and a new bandeja starts from its first page', async () => {
    renderInSessionQueries(<BandejaScreen active activation={1} />, mockedCall);
    const table = await screen.findByRole('table', { name: 'Trámites de la bandeja' });
    await within(table).findByText('RAD-2026-000002');
    expect(screen.getByText('Míos: 2+ trámites')).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Cargar más' }));
    await within(table).findByText('RAD-2026-000051');
    expect(within(table).getByText('RAD-2026-000001')).toBeTruthy();
    expect(screen.getByText('Míos: 3 trámites')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cargar más' })).toBeNull();
    expect(listed({ bandeja: 'MIOS', after: { dueOn: '2026-12-11', id: 2 }, limit: 50 })).toHaveLength(1);

    await userEvent.click(screen.getByRole('tab', { name: 'Vencidos' }));
    await waitFor(() => expect(screen.getByText('Vencidos: 2+ trámites')).toBeTruthy());
    expect(mockedCall.mock.calls.filter(([n]) => n === 'pqr.list').at(-1)![1]).toEqual({ bandeja: 'VENCIDOS', limit: 50 });
  });

  it('puts a trámite on hold from its dialog: the dialog shows it at once and the bandeja reads every page again', async () => {
    let status: PqrStatus = 'RADICADO';
    serve({
      'pqr.get': () => ok(tramite(status)),
      'pqr.pause': () => ok(tramite((status = 'EN_ESPERA'))),
    });
    renderInSessionQueries(<BandejaScreen active activation={1} />, mockedCall, sessionOf('SUPERVISOR'));
    const table = await screen.findByRole('table', { name: 'Trámites de la bandeja' });
    await within(table).findByText('RAD-2026-000002');
    await userEvent.click(screen.getByRole('button', { name: 'Cargar más' }));
    await within(table).findByText('RAD-2026-000051');
    const firstPages = listed({ bandeja: 'MIOS' }).length;

    await userEvent.click(within(table).getByText('RAD-2026-000001'));
    const dialog = await screen.findByRole('dialog');
    await userEvent.click(await within(dialog).findByRole('button', { name: 'En espera' }));
    await userEvent.type(await screen.findByLabelText('Motivo'), 'Falta la copia de la escritura');
    await userEvent.click(screen.getByRole('button', { name: 'GUARDAR' }));
    expect(await within(dialog).findByRole('button', { name: 'Reanudar' })).toBeTruthy();
    await waitFor(() => expect(listed({ bandeja: 'MIOS' }).length).toBe(firstPages + 2));
  });

  it('shows the legal clock’s buttons to exactly the roles the contract lets move it', async () => {
    const readers = ROLES.filter((role) => may('pqr.get', role));
    const shown = { pause: [] as Role[], extend: [] as Role[], resume: [] as Role[] };
    for (const role of readers) {
      for (const status of ['RADICADO', 'EN_ESPERA'] as const) {
        serve({ 'pqr.get': () => ok(tramite(status)) });
        const { unmount } = renderInSessionQueries(
          <TramiteDialog filingNumber="RAD-2026-000001" onClose={() => undefined} />,
          mockedCall,
          sessionOf(role),
        );
        const dialog = await screen.findByRole('dialog');
        await within(dialog).findByRole('table', { name: 'Historia del trámite' });
        const button = (name: string) => within(dialog).queryByRole('button', { name }) !== null;
        if (status === 'RADICADO') {
          if (button('En espera')) shown.pause.push(role);
          if (button('Prórroga')) shown.extend.push(role);
        } else if (button('Reanudar')) shown.resume.push(role);
        unmount();
      }
    }
    expect(shown).toEqual({
      pause: readers.filter((role) => may('pqr.pause', role)),
      extend: readers.filter((role) => may('pqr.extend', role)),
      resume: readers.filter((role) => may('pqr.resume', role)),
    });
    // The lists tell roles apart: some who read a trámite may not move its clock.
    for (const list of Object.values(shown)) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThan(readers.length);
    }
  });
  it('shows a reconnection’s term in hours, flagged when due soon or overdue, in the rows and in its dialog', async () => {
    const reconnection = (n: number, hoursLeft: number) => ({
      ...row(n),
      cause: 'RECONEXIÓN DEL SERVICIO',
      dueOn: '2026-11-24',
      daysLeft: 1,
      hoursLeft,
      dueSoon: hoursLeft >= 0,
      overdue: hoursLeft < 0,
    });
    serve({
      'pqr.list': () => ok({ rows: [reconnection(3, 5), reconnection(4, -2)], next: null }),
      'pqr.get': () =>
        ok(
          tramiteView('ASIGNADO', {
            filingNumber: 'RAD-2026-000003',
            cause: causeOf(9, 'RECONEXIÓN DEL SERVICIO', { service: 'ACUEDUCTO', termHours: 24 }),
            deadline: {
              ...tramiteView().deadline,
              termDays: 0,
              dueOn: '2026-11-24',
              dueAt: '2026-11-24T14:00:00.000Z',
              daysLeft: 1,
              hoursLeft: 5,
              dueSoon: true,
            },
            requirements: [
              { id: 1, name: 'Cédula del titular', required: true, presented: true },
              { id: 2, name: 'Recibo de pago', required: true, presented: false },
              { id: 3, name: 'Foto del medidor', required: false, presented: false },
            ],
          }),
        ),
    });
    renderInSessionQueries(<BandejaScreen active activation={1} />, mockedCall);
    const table = await screen.findByRole('table', { name: 'Trámites de la bandeja' });
    const soon = within(await within(table).findByRole('row', { name: /RAD-2026-000003/ })).getByLabelText(
      'Vence 24/11/2026, vence en 5 h',
    );
    const late = within(within(table).getByRole('row', { name: /RAD-2026-000004/ })).getByLabelText(
      'Vence 24/11/2026, vencido hace 2 h',
    );
    expect(soon.className).toMatch(/colorWarning/);
    expect(late.className).toMatch(/colorError/);

    await userEvent.click(within(table).getByText('RAD-2026-000003'));
    const dialog = await screen.findByRole('dialog');
    // 14:00 UTC is 9:00 in Bogotá, the office's zone.
    expect(await within(dialog).findByLabelText(/^Vence 24\/11\/2026, 9:00\sa\.\sm\., vence en 5 h$/)).toBeTruthy();
    expect(within(dialog).getByText(/^En horas: vence el 24\/11\/2026, 9:00\sa\.\sm\. \(no admite prórroga\)$/)).toBeTruthy();
    const documents = within(within(dialog).getByRole('table', { name: 'Documentos presentados' }));
    expect(documents.getAllByRole('row').map((r) => r.textContent)).toEqual([
      'DocumentoRequeridoPresentado',
      'Cédula del titularSí✓',
      'Recibo de pagoSífalta',
      'Foto del medidorNo—',
    ]);
    // A term in hours has no extension to offer.
    expect(within(dialog).queryByRole('button', { name: 'Prórroga' })).toBeNull();
  });
});
