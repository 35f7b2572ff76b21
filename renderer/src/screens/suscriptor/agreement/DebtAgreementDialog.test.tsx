import { act, screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input, type Output, type Result } from '../../../api';
import { deferred, fail, ok, renderInSession } from '../../../test/render';
import { ACTIVE, COMPANY, preview } from '../../../test/invoice-fixtures';
import { DebtAgreementDialog } from './DebtAgreementDialog';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);
const user = userEventLib.setup({ delay: null });

const callsOf = (name: string) => mockedCall.mock.calls.filter(([n]) => n === name);

describe('Arreglo de deuda', () => {
  let created: ReturnType<typeof deferred<Result<Output<'agreements.createForDebt'>>>>;

  beforeEach(() => {
    mockedCall.mockReset();
    created = deferred();
    mockedCall.mockImplementation(async (name, input) => {
      const answer = (): Result<unknown> | Promise<Result<unknown>> => {
        if (name === 'company.get') return ok(COMPANY);
        if (name === 'agreements.debtOf') return ok({ debt: 100_000, charges: 2 });
        if (name === 'agreements.preview') return preview(input as Input<'agreements.preview'>);
        if (name === 'agreements.createForDebt') return created.promise;
        return fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` });
      };
      return (await answer()) as Result<Output<typeof name>>;
    });
  });

  it('finances what is owed outside earlier installments, with the titular, once per double click', async () => {
    renderInSession(<DebtAgreementDialog subscriber={ACTIVE} onClose={vi.fn()} />);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByLabelText('Deuda a financiar').textContent).toMatch(/100\.000$/));
    expect(within(dialog).getByRole('status', { name: 'Tercero elegido' }).textContent).toContain('Titular');

    await user.type(within(dialog).getByLabelText('Cuota inicial'), '30000');
    await user.clear(within(dialog).getByLabelText('Número de cuotas'));
    await user.type(within(dialog).getByLabelText('Número de cuotas'), '4');
    await within(dialog).findByRole('table', { name: 'Plan de pagos' });
    expect(callsOf('agreements.preview').at(-1)?.[1]).toMatchObject({ debt: 100_000, downPayment: 30_000, installments: 4 });

    await user.dblClick(within(dialog).getByRole('button', { name: 'GUARDAR' }));
    expect(callsOf('agreements.createForDebt')).toHaveLength(1);
    const [, input] = callsOf('agreements.createForDebt')[0]!;
    expect(input).toMatchObject({ subscriberCode: '100001', partyId: ACTIVE.owner.id, downPayment: 30_000, installments: 4 });
    expect((input as { requestKey: string }).requestKey).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
  });

  it('the core refusal of the terms lands next to the field and nothing is shown as saved', async () => {
    renderInSession(<DebtAgreementDialog subscriber={ACTIVE} onClose={vi.fn()} />);
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByLabelText('Deuda a financiar').textContent).toMatch(/100\.000$/));
    await user.type(within(dialog).getByLabelText('Cuota inicial'), '30000');
    await user.click(within(dialog).getByRole('button', { name: 'GUARDAR' }));
    const message = 'Primera cuota: la fecha debe ser posterior a hoy';
    await act(async () => created.resolve(fail({ code: 'VALIDATION', message, issues: [{ field: 'firstDueOn', message }] })));
    const date = within(dialog).getByLabelText('Fecha de la primera cuota');
    const helper = document.getElementById(date.getAttribute('aria-describedby') ?? '');
    expect(helper?.textContent).toBe(message);
    expect(within(dialog).queryByLabelText('Número de acuerdo')).toBeNull();
  });
});
