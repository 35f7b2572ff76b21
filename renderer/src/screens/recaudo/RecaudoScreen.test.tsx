import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input, type Output, type Result } from '../../api';
import { summary } from '../../test/fixtures';
import { deferred, fail, ok, renderInSession } from '../../test/render';
import { COMPANY } from '../../test/invoice-fixtures';
import { OWED, SUBSCRIBER, couponOf } from '../../test/recaudo-fixtures';
import { RecaudoScreen } from './RecaudoScreen';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

type Handler = (input: unknown) => Promise<Result<unknown>> | Result<unknown>;

function serve(overrides: Record<string, Handler> = {}) {
  const handlers: Record<string, Handler> = {
    'company.get': () => ok(COMPANY),
    'subscribers.byCode': (input) =>
      (input as { code: string }).code === SUBSCRIBER.code
        ? ok(SUBSCRIBER)
        : fail({ code: 'NOT_FOUND', message: `No existe un suscriptor con el código ${(input as { code: string }).code}.` }),
    'subscribers.search': () =>
      ok([
        SUBSCRIBER,
        // Found by its address, not by the titular's name.
        summary('100009', 'Pedro Pérez', { address: 'Calle Torres 4', ownerDocument: '7700' }),
      ]),
    'coupons.owed': () => ok(OWED),
    'coupons.create': (input) => ok(couponOf(input as Input<'coupons.create'>)),
    ...overrides,
  };
  mockedCall.mockImplementation(async (name, input) => {
    const handler = handlers[name];
    return (handler ? await handler(input) : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })) as Result<
      Output<typeof name>
    >;
  });
}

const callsOf = (name: string) => mockedCall.mock.calls.filter(([n]) => n === name);
const amountField = () => screen.getByLabelText('Valor a pagar');
const helpOf = (field: HTMLElement) => {
  const id = field.getAttribute('aria-describedby');
  return ((id && document.getElementById(id)?.textContent) || '').replace(/\s/g, ' ');
};

/** Código + Enter: the debts at once, with the amount focused. */
async function openByCode(code = SUBSCRIBER.code) {
  renderInSession(<RecaudoScreen active activation={1} />);
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Código a buscar')));
  await userEvent.keyboard(`${code}{Enter}`);
  await waitFor(() => expect(document.activeElement).toBe(amountField()));
}

describe('RECAUDO → ABONO A FACTURA O FINANCIACIÓN', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });

  it('goes código, Enter, Enter, GENERAR, OK with the keyboard and shows the coupon with IMPRIMIR', async () => {
    await openByCode();
    const debts = screen.getByRole('table', { name: 'Deudas del suscriptor' });
    expect(within(debts).getAllByRole('checkbox', { checked: true })).toHaveLength(4);
    expect(within(debts).getAllByText('Vencida')).toHaveLength(2);
    expect(amountField()).toHaveProperty('value', '173.540');

    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toMatch(/cupón de pago por \$\s173\.540 para el suscriptor 100001/);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'OK' }));
    await userEvent.keyboard('{Enter}');

    expect(await screen.findByLabelText('Número de cupón')).toHaveProperty('textContent', 'CUP-2026-000077');
    expect(screen.getByLabelText('Páguese hasta').textContent).toBe('28/11/2026');
    const [, input] = callsOf('coupons.create')[0]!;
    expect(input).toEqual({ requestKey: expect.any(String), subscriberCode: '100001', chargeIds: [11, 12, 13] });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'IMPRIMIR' })));

    await userEvent.click(screen.getByRole('button', { name: 'Nuevo cupón' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Código a buscar')));
    expect(screen.queryByLabelText('Valor a pagar')).toBeNull();
  });

  it('an abono over the chosen debts: unchecking one sets the amount to what is left, a smaller amount is sent', async () => {
    await openByCode();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Pagar RECONEXIÓN DEL SERVICIO (FAC-2026-000123)' }));
    expect(amountField()).toHaveProperty('value', '121.240');
    await userEvent.clear(amountField());
    await userEvent.type(amountField(), '70.000');
    expect(helpOf(amountField())).toMatch(/^Abono: se aplica de la deuda más antigua/);
    await userEvent.click(screen.getByRole('button', { name: 'GENERAR' }));
    await userEvent.click(await screen.findByRole('button', { name: 'OK' }));
    await screen.findByLabelText('Número de cupón');
    expect(callsOf('coupons.create')[0]![1]).toMatchObject({ chargeIds: [11, 12], amount: 70_000 });
    expect(screen.getByLabelText('Total a pagar').textContent).toMatch(/\$\s70\.000/);
  });

  it.each([
    ['0', 'Valor a pagar: debe ser mayor que cero'],
    ['173541', 'Valor a pagar: no puede ser mayor que lo adeudado en las deudas elegidas ($ 173.540)'],
    ['setenta mil', 'Valor a pagar: escriba el valor en números, sin letras'],
  ])('refuses the amount %s next to the field and calls nothing', async (typed, message) => {
    await openByCode();
    await userEvent.clear(amountField());
    await userEvent.type(amountField(), `${typed}{Enter}`);
    expect(helpOf(amountField())).toBe(message);
    expect(amountField().getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsOf('coupons.create')).toHaveLength(0);
    expect(document.activeElement).toBe(amountField());
  });

  it('refuses a coupon with no debt chosen', async () => {
    await openByCode();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Elegir todas las deudas' }));
    expect(amountField()).toHaveProperty('value', '0');
    await userEvent.click(screen.getByRole('button', { name: 'GENERAR' }));
    expect(screen.getByText('Deudas: elija al menos una')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsOf('coupons.create')).toHaveLength(0);
  });

  it('a double GENERAR and a double OK make one coupons.create call, with one request key for retries', async () => {
    const answer = deferred<Result<unknown>>();
    serve({ 'coupons.create': () => answer.promise });
    await openByCode();
    const generar = screen.getByRole('button', { name: 'GENERAR' });
    await userEvent.dblClick(generar);
    const ok1 = await screen.findByRole('button', { name: 'OK' });
    // Two presses before React shows the first one's effect (the button still enabled).
    act(() => {
      ok1.click();
      ok1.click();
    });
    expect(callsOf('coupons.create')).toHaveLength(1);
    answer.resolve(fail({ code: 'INTERNAL', message: 'Se perdió la conexión con el servicio.' }));
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'Se perdió la conexión con el servicio.');

    serve();
    await userEvent.click(screen.getByRole('button', { name: 'GENERAR' }));
    await userEvent.click(await screen.findByRole('button', { name: 'OK' }));
    await screen.findByLabelText('Número de cupón');
    const keys = callsOf('coupons.create').map(([, input]) => (input as { requestKey: string }).requestKey);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });

  it('shows the core’s word when the debts changed since they were listed', async () => {
    serve({
      'coupons.create': () =>
        fail({
          code: 'VALIDATION',
          message: 'Revise los datos.',
          issues: [
            { field: 'chargeIds', message: 'Deudas: alguna ya no está pendiente o no es de este suscriptor; actualice la lista' },
          ],
        }),
    });
    await openByCode();
    await userEvent.keyboard('{Enter}');
    await userEvent.click(await screen.findByRole('button', { name: 'OK' }));
    expect(await screen.findByText(/alguna ya no está pendiente/)).toBeTruthy();
    expect(screen.queryByLabelText('Número de cupón')).toBeNull();
  });

  it('by nombre lists only titulars with that name; an unknown código says so', async () => {
    renderInSession(<RecaudoScreen active activation={1} />);
    await userEvent.selectOptions(screen.getByLabelText('Tipo de búsqueda'), 'NOMBRE');
    await userEvent.type(screen.getByLabelText('Nombre a buscar'), 'torres{Enter}');
    const found = await screen.findByRole('table', { name: 'Suscriptores encontrados' });
    expect(
      within(found)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Esperanza Torres Muñoz']);

    await userEvent.selectOptions(screen.getByLabelText('Tipo de búsqueda'), 'CODIGO');
    const code = screen.getByLabelText('Código a buscar');
    await userEvent.clear(code);
    await userEvent.type(code, '999999{Enter}');
    await waitFor(() => expect(helpOf(code)).toBe('No existe un suscriptor con el código 999999.'));
    expect(screen.queryByRole('table', { name: 'Suscriptores encontrados' })).toBeNull();
  });

  it('a new BUSCAR SUSCRIPTORES leaves the subscriber on screen', async () => {
    await openByCode();
    await userEvent.selectOptions(screen.getByLabelText('Tipo de búsqueda'), 'NOMBRE');
    await userEvent.clear(screen.getByLabelText('Nombre a buscar'));
    await userEvent.type(screen.getByLabelText('Nombre a buscar'), 'torres{Enter}');
    await screen.findByRole('table', { name: 'Suscriptores encontrados' });
    expect(screen.queryByLabelText('Valor a pagar')).toBeNull();
  });

  it('an exact código opens its debts with no list to pick from, read while the código is looked up', async () => {
    const lookup = deferred<Result<unknown>>();
    serve({ 'subscribers.byCode': () => lookup.promise });
    renderInSession(<RecaudoScreen active activation={1} />);
    await userEvent.type(screen.getByLabelText('Código a buscar'), `${SUBSCRIBER.code}{Enter}`);
    await waitFor(() => expect(callsOf('coupons.owed')).toEqual([['coupons.owed', { code: SUBSCRIBER.code }]]));
    lookup.resolve(ok(SUBSCRIBER));
    await waitFor(() => expect(document.activeElement).toBe(amountField()));
    expect(screen.queryByRole('table', { name: 'Suscriptores encontrados' })).toBeNull();
    expect(screen.getByRole('table', { name: 'Deudas del suscriptor' })).toBeTruthy();
    expect(callsOf('coupons.owed')).toHaveLength(1);
  });

  it('a name picked from the list opens its debts', async () => {
    renderInSession(<RecaudoScreen active activation={1} />);
    await userEvent.selectOptions(screen.getByLabelText('Tipo de búsqueda'), 'NOMBRE');
    await userEvent.type(screen.getByLabelText('Nombre a buscar'), 'torres{Enter}');
    const name = await screen.findByRole('button', { name: SUBSCRIBER.ownerName });
    await waitFor(() => expect(document.activeElement).toBe(name));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(amountField()));
    expect(callsOf('coupons.owed')).toEqual([['coupons.owed', { code: SUBSCRIBER.code }]]);
  });

  it('says so when the subscriber owes nothing', async () => {
    serve({ 'coupons.owed': () => ok({ ...OWED, items: [], total: 0, overdue: 0 }) });
    renderInSession(<RecaudoScreen active activation={1} />);
    await userEvent.type(screen.getByLabelText('Código a buscar'), '100001{Enter}');
    expect(await screen.findByText(/no tiene deudas pendientes/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'GENERAR' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Código a buscar')));
  });
});
