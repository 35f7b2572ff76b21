import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Result } from '../../api';
import { subscriberView } from '../../test/fixtures';
import { deferred, fail, fakeSession, ok, renderInSession, SESSION } from '../../test/render';
import { SubscriberScreen } from './SubscriberScreen';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);
const FIELD = 'Código, nombre, cédula o dirección del suscriptor';

const callsOf = (name: string) => mockedCall.mock.calls.filter(([n]) => n === name);
const names = () => mockedCall.mock.calls.map(([n]) => n);

describe('SubscriberScreen', () => {
  beforeEach(() => {
    mockedCall.mockReset();
  });

  it('código + Enter shows the subscriber: status, money in pesos, account and alto consumo', async () => {
    const view = subscriberView('100001');
    mockedCall.mockImplementation(async (name) => {
      if (name === 'subscribers.byCode') return ok(view);
      if (name === 'subscribers.view') return ok(view);
      return ok([]);
    });
    renderInSession(<SubscriberScreen active activation={1} />);
    await userEvent.type(screen.getByLabelText('Código, nombre, cédula o dirección del suscriptor'), '100001{Enter}');

    const article = await screen.findByRole('article', { name: 'Suscriptor 100001' });
    expect(mockedCall).toHaveBeenCalledWith('subscribers.view', { code: '100001' });
    const amounts = within(article);
    expect(amounts.getByLabelText('Estado: Activo')).toBeTruthy();
    expect(amounts.getByLabelText('Saldo').textContent?.replace(/\s/g, ' ')).toBe('$ 121.240');
    expect(amounts.getByLabelText('Vencido').textContent?.replace(/\s/g, ' ')).toBe('$ 58.740');
    const table = amounts.getByRole('table', { name: 'Estado de cuenta' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(amounts.getByText(/hay movimientos anteriores/)).toBeTruthy();
    expect(amounts.getByText('Alto consumo: 1 periodo')).toBeTruthy();
    await waitFor(() => expect(amounts.getByLabelText('Aseo: no')).toBeTruthy());
  });

  it('a stuck meter is said under the chart, and RADICAR INSPECCIÓN opens PQR → TRÁMITE for this subscriber', async () => {
    const view = { ...subscriberView('100001'), stuckMeter: { periods: 3, reading: 1234, since: '2026-08' } };
    mockedCall.mockImplementation(async (name) => (name.startsWith('subscribers.') ? ok(view) : ok([])));
    const navigate = vi.fn();
    renderInSession(<SubscriberScreen active activation={1} navigate={navigate} />);
    await userEvent.type(screen.getByLabelText(FIELD), '100001{Enter}');
    const article = await screen.findByRole('article', { name: 'Suscriptor 100001' });
    const note = within(article).getByRole('status', { name: 'Medidor detenido' });
    expect(note.textContent).toMatch(/lectura 1\.234 se repite en los últimos 3 periodos, desde agosto de 2026/);
    expect(note.textContent).toContain('Corresponde una inspección de medidor');
    await userEvent.click(within(note).getByRole('button', { name: 'RADICAR INSPECCIÓN' }));
    expect(navigate).toHaveBeenCalledWith('pqrTramite', {
      kind: 'tramite',
      subscriber: view,
      service: 'ACUEDUCTO',
      causeName: 'INSPECCIÓN DE MEDIDOR',
    });
  });

  it('alto consumo in the latest period offers the inspection too, but not to a role that may not radicate', async () => {
    const view = subscriberView('100001'); // its latest period is over the threshold
    mockedCall.mockImplementation(async (name) => (name.startsWith('subscribers.') ? ok(view) : ok([])));
    const almacen = fakeSession({ info: { ...SESSION, user: { ...SESSION.user, role: 'ALMACEN' }, modules: ['SUSCRIPTOR'] } });
    renderInSession(<SubscriberScreen active activation={1} navigate={vi.fn()} />, almacen);
    await userEvent.type(screen.getByLabelText(FIELD), '100001{Enter}');
    const article = await screen.findByRole('article', { name: 'Suscriptor 100001' });
    const note = within(article).getByRole('status', { name: 'Alto consumo del último periodo' });
    expect(note.textContent).toMatch(/Alto consumo en octubre de 2026: 25 m³ sobre un umbral de 16,5 m³/);
    expect(within(note).queryByRole('button')).toBeNull();
  });

  it('código + Enter asks for the view, its facturas and its trámites at once, and shows them together', async () => {
    const view = subscriberView('100001');
    const lookup = deferred<Result<unknown>>();
    mockedCall.mockImplementation(async (name) => {
      if (name === 'subscribers.byCode') return (await lookup.promise) as never;
      if (name === 'subscribers.view') return ok(view);
      return ok([]);
    });
    renderInSession(<SubscriberScreen active activation={1} />);
    await userEvent.type(screen.getByLabelText(FIELD), '100001{Enter}');

    // Everything is asked before the lookup answers: no request waits for another's answer.
    await waitFor(() => expect(callsOf('subscribers.byCode')).toHaveLength(1));
    const asked = names().filter((n) => n !== 'subscribers.search');
    expect(asked).toEqual(['subscribers.view', 'invoices.bySubscriber', 'pqr.bySubscriber', 'subscribers.byCode']);
    for (const name of asked) expect(mockedCall).toHaveBeenCalledWith(name, { code: '100001' });
    lookup.resolve(ok(view));

    // The view comes whole: when it appears, its facturas and trámites are already there.
    const article = await screen.findByRole('article', { name: 'Suscriptor 100001' });
    expect(within(article).getByText('El suscriptor no tiene facturas de productos.')).toBeTruthy();
    expect(within(article).getByText('El suscriptor no tiene trámites radicados.')).toBeTruthy();
    expect(within(article).getByRole('region', { name: 'Consumo últimos 12 periodos' })).toBeTruthy();
    expect(screen.queryByLabelText('Cargando suscriptor')).toBeNull();
    // Each was asked once: opening the panels asked nothing again.
    expect(names().filter((n) => n !== 'subscribers.search')).toEqual(asked);
  });

  it('one answer, one render: from Enter to the whole view on screen the screen commits once', async () => {
    const view = subscriberView('100001');
    mockedCall.mockImplementation(async (name) => {
      if (name === 'subscribers.byCode' || name === 'subscribers.view') return ok(view);
      return ok([]);
    });
    const commits = vi.fn();
    renderInSession(
      <Profiler id="consulta" onRender={commits}>
        <SubscriberScreen active activation={1} />
      </Profiler>,
    );
    await userEvent.type(screen.getByLabelText(FIELD), '100001');
    commits.mockClear();
    await userEvent.keyboard('{Enter}');
    await screen.findByRole('article', { name: 'Suscriptor 100001' });
    // Let any late answer or effect land before counting.
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    // MUI's text field, in development builds only, registers its input again after each render
    // (a nested update production does not make): those are left out of the count.
    const commitsOf = (phase: string) => commits.mock.calls.filter(([, p]) => p === phase);
    expect(commitsOf('update')).toHaveLength(1);
    expect(commitsOf('mount')).toHaveLength(0);
  });

  it('a match picked from the list is read whole at once too', async () => {
    const view = subscriberView('100068');
    mockedCall.mockImplementation(async (name) => {
      if (name === 'subscribers.search') return ok([view]);
      if (name === 'subscribers.view') return ok(view);
      return ok([]);
    });
    renderInSession(<SubscriberScreen active activation={1} />);
    await userEvent.type(screen.getByLabelText(FIELD), 'torres');
    await screen.findByRole('option');
    await userEvent.keyboard('{Enter}');

    const article = await screen.findByRole('article', { name: 'Suscriptor 100068' });
    expect(within(article).getByText('El suscriptor no tiene facturas de productos.')).toBeTruthy();
    expect(names().filter((n) => n !== 'subscribers.search')).toEqual([
      'subscribers.view',
      'invoices.bySubscriber',
      'pqr.bySubscriber',
    ]);
  });

  it('an unknown código says so under the field and leaves the subscriber on screen', async () => {
    const view = subscriberView('100001');
    mockedCall.mockImplementation(async (name, input) => {
      const { code } = input as { code?: string };
      if (code === '999999') return fail({ code: 'NOT_FOUND', message: 'No existe un suscriptor con el código 999999.' });
      if (name === 'subscribers.byCode' || name === 'subscribers.view') return ok(view);
      return ok([]);
    });
    renderInSession(<SubscriberScreen active activation={1} />);
    const field = screen.getByLabelText(FIELD);
    await userEvent.type(field, '100001{Enter}');
    await screen.findByRole('article', { name: 'Suscriptor 100001' });

    await userEvent.clear(field);
    await userEvent.type(field, '999999{Enter}');
    expect(await screen.findByText('No existe un suscriptor con el código 999999.')).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Suscriptor 100001' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('what is shown follows the contract: almacén, outside PQR, is not shown (nor asked) the trámites', async () => {
    const view = subscriberView('100001');
    mockedCall.mockImplementation(async (name) => {
      if (name === 'subscribers.byCode' || name === 'subscribers.view') return ok(view);
      return ok([]);
    });
    const almacen = fakeSession({ info: { ...SESSION, user: { ...SESSION.user, role: 'ALMACEN' }, modules: ['SUSCRIPTOR'] } });
    renderInSession(<SubscriberScreen active activation={1} />, almacen);
    await userEvent.type(screen.getByLabelText(FIELD), '100001{Enter}');
    const article = await screen.findByRole('article', { name: 'Suscriptor 100001' });
    expect(within(article).getByText('El suscriptor no tiene facturas de productos.')).toBeTruthy();
    expect(within(article).queryByText('Trámites PQR')).toBeNull();
    expect(within(article).getByRole('button', { name: 'Estado de cuenta' })).toBeTruthy();
    expect(callsOf('pqr.bySubscriber')).toHaveLength(0);
  });
});
