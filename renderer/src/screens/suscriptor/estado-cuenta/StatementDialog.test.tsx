import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input, type Output, type Result } from '../../../api';
import { statement } from '../../../documents/cupon/coupon-fixtures';
import { subscriberView } from '../../../test/fixtures';
import { fail, ok, renderInSession } from '../../../test/render';
import { OWED, couponOf } from '../../../test/recaudo-fixtures';
import { COMPANY } from '../../../test/invoice-fixtures';
import { StatementDialog } from './StatementDialog';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const VIEW = subscriberView('100001');
const PROXY = {
  ...VIEW.owner,
  id: 9,
  documentNumber: '1117512345',
  names: 'Jhon Fredy',
  surnames: 'Perdomo',
  fullName: 'Jhon Fredy Perdomo',
};

type Handler = (input: unknown) => Result<unknown>;
function serve(overrides: Record<string, Handler> = {}) {
  const handlers: Record<string, Handler> = {
    'company.get': () => ok(COMPANY),
    'parties.byDocument': () => ok([PROXY]),
    'statements.issue': (input) => {
      const i = input as Input<'statements.issue'>;
      return ok(
        statement({ party: i.partyId === PROXY.id ? PROXY : VIEW.owner, capacity: i.capacity, powerNote: i.powerNote ?? '' }),
      );
    },
    'coupons.owed': () => ok(OWED),
    'coupons.create': (input) => ok(couponOf(input as Input<'coupons.create'>, 'CUP-2026-000078')),
    ...overrides,
  };
  mockedCall.mockImplementation(async (name, input) => {
    const handler = handlers[name];
    return (handler ? handler(input) : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })) as Result<
      Output<typeof name>
    >;
  });
}
const callsOf = (name: string) => mockedCall.mock.calls.filter(([n]) => n === name);
const helpOf = (field: HTMLElement) => {
  const id = field.getAttribute('aria-describedby');
  return ((id && document.getElementById(id)?.textContent) || '').replace(/\s/g, ' ');
};

describe('Estado de cuenta (seed 004)', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });

  it('for the titular by default: GENERAR, the number and IMPRIMIR; ¿Desea pagar? makes the coupon in the dialog', async () => {
    renderInSession(<StatementDialog subscriber={VIEW} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog');
    expect(within(dialog).getByRole('status', { name: 'Solicitante elegido' }).textContent).toMatch(
      /Esperanza Torres Muñoz.*Titular/,
    );
    expect(within(dialog).getByRole('radio', { name: 'Titular' })).toHaveProperty('checked', true);
    expect(within(dialog).queryByLabelText('Carta poder presentada')).toBeNull();

    // Keyboard: the cédula first; Enter with none typed keeps the titular, Enter on Calidad is GENERAR.
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Número de documento del tercero')));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('radio', { name: 'Titular' })));
    await userEvent.keyboard('{Enter}');
    expect(callsOf('statements.issue')[0]![1]).toEqual({
      requestKey: expect.any(String),
      subscriberCode: '100001',
      partyId: VIEW.owner.id,
      capacity: 'TITULAR',
      powerNote: '',
    });
    expect((await within(dialog).findByLabelText('Número del estado de cuenta')).textContent).toBe('EDC-2026-000045');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'IMPRIMIR' })));

    await userEvent.click(within(dialog).getByRole('button', { name: 'Sí, generar cupón de pago' }));
    const amount = await within(dialog).findByLabelText('Valor a pagar');
    await waitFor(() => expect(document.activeElement).toBe(amount));
    await userEvent.keyboard('{Enter}');
    await userEvent.click(await screen.findByRole('button', { name: 'OK' }));
    expect((await within(dialog).findByLabelText('Número de cupón')).textContent).toBe('CUP-2026-000078');
    expect(callsOf('coupons.create')[0]![1]).toMatchObject({
      subscriberCode: '100001',
      chargeIds: [11, 12, 13],
      partyId: VIEW.owner.id,
    });
  });

  it('someone else comes with a carta poder, which must be described before anything is issued', async () => {
    renderInSession(<StatementDialog subscriber={VIEW} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Número de documento del tercero'), '1117512345{Enter}');
    const note = await within(dialog).findByLabelText('Carta poder presentada');
    await waitFor(() => expect(document.activeElement).toBe(note));
    expect(within(dialog).getByRole('radio', { name: 'Con carta poder' })).toHaveProperty('checked', true);

    await userEvent.type(note, 'sí{Enter}');
    expect(helpOf(note)).toBe('Carta poder: describa el documento (fecha y quién la otorga)');
    expect(callsOf('statements.issue')).toHaveLength(0);

    await userEvent.type(note, ', del 20/11/2026 otorgada por la titular{Enter}');
    await within(dialog).findByLabelText('Número del estado de cuenta');
    expect(callsOf('statements.issue')[0]![1]).toMatchObject({
      partyId: PROXY.id,
      capacity: 'CARTA_PODER',
      powerNote: 'sí, del 20/11/2026 otorgada por la titular',
    });
    expect(within(dialog).getByText(/Con carta poder: sí, del 20\/11\/2026/)).toBeTruthy();
  });

  it('shows next to Calidad why the core refuses a titular who is not', async () => {
    serve({
      'statements.issue': () =>
        fail({
          code: 'VALIDATION',
          message: 'Revise los datos.',
          issues: [
            {
              field: 'capacity',
              message: 'Calidad: Jhon Fredy Perdomo no es el titular (Esperanza Torres Muñoz); registre la carta poder',
            },
          ],
        }),
    });
    renderInSession(<StatementDialog subscriber={VIEW} onClose={() => undefined} />);
    const dialog = screen.getByRole('dialog');
    await userEvent.type(within(dialog).getByLabelText('Número de documento del tercero'), '1117512345{Enter}');
    await within(dialog).findByLabelText('Carta poder presentada');
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Titular' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'GENERAR' }));
    expect(await within(dialog).findByText(/no es el titular .*registre la carta poder/)).toBeTruthy();
    expect(within(dialog).queryByLabelText('Número del estado de cuenta')).toBeNull();
  });
});
