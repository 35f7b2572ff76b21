import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ROLES, type PqrStatus, type Role } from '../../../../../db/schema/enums';
import { may } from '../../../../../electron/core/contract/may';
import { call, type Input, type Output, type Result } from '../../../api';
import { TramiteDialog } from '../../../components/tramite/TramiteDialog';
import { summary } from '../../../test/fixtures';
import { fail, fakeSession, ok, SESSION } from '../../../test/render';
import { renderInSessionQueries } from '../../../test/session-queries';
import { causeOf } from '../pqr-fixtures';
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

function tramite(status: PqrStatus): Output<'pqr.get'> {
  return {
    id: 1,
    filingNumber: 'RAD-2026-000001',
    filedAt: '2026-11-20T14:00:00.000Z',
    filedOn: '2026-11-20',
    zone: 'FLORENCIA',
    channel: 'PERSONAL',
    subscriber: { ...summary('10001', 'Usuario 1'), hasMeter: true },
    party: {
      id: 7,
      documentType: 'CC',
      documentNumber: '40781235',
      names: 'Usuario',
      surnames: 'Uno',
      fullName: 'Usuario 1',
      mobile: '3101234567',
      email: '',
      address: '',
      emailConsent: false,
      emailConsentDate: null,
    },
    service: 'ACUEDUCTO',
    requestType: 'PETICIÓN',
    applicantKind: 'TITULAR',
    cause: causeOf(5, 'DAÑO EN LA ACOMETIDA', { service: 'ACUEDUCTO', assignedBy: 'SUPERVISOR' }),
    observation: 'Fuga en la acometida',
    status,
    deadline: {
      termDays: 15,
      dueOn: '2026-12-11',
      dueAt: null,
      daysLeft: 14,
      hoursLeft: null,
      dueSoon: false,
      overdue: false,
      paused: status === 'EN_ESPERA',
      extendedDays: 0,
      extensionReason: null,
      silence: false,
    },
    gate: { invoiceNumber: null, agreementNumber: null },
    appointment: null,
    requirements: [],
    asesor: { fullName: 'Luz Dary Plaza', documentNumber: '40781235' },
    closedAt: null,
    events: [
      { at: '2026-11-20T14:00:00.000Z', user: 'Luz Dary Plaza', fromStatus: null, toStatus: 'RADICADO', note: 'Radicado' },
    ],
  };
}

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
});
