import { screen, waitFor, within } from '@testing-library/react';
import userEventLib from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mutates } from '../../../../../electron/core/contract/may';
import { call, type Output, type Result } from '../../../api';
import { invalidatedBy, newQueryClient } from '../../../api/queries';
import { fail, fakeSession, ok, renderInSession, SESSION } from '../../../test/render';
import { COMPANY, savedInvoice } from '../../../test/invoice-fixtures';
import { InvoicesPanel } from './InvoicesPanel';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const row = (number: string, status: 'PENDIENTE' | 'PAGADA' | 'ANULADA') => ({
  number,
  createdAt: '2026-11-23T15:00:00.000Z',
  total: 38_500,
  outstanding: status === 'PENDIENTE' ? 38_500 : 0,
  status,
  paymentForm: 'CONTADO' as const,
});

const pending = savedInvoice({
  requestKey: 'clave-de-prueba',
  paymentForm: 'CONTADO',
  subscriberCode: '100001',
  partyId: 7,
  lines: [{ productId: 1, quantity: 1 }],
  observation: 'Código 100001 · Ruta 01-001 · CORTE',
});

// The session's cache; as in the app (SessionQueries), a mutation answered ok marks stale what it may have changed.
let queries = newQueryClient();

function serve() {
  mockedCall.mockImplementation(async (name, input) => {
    const answer = (): Result<unknown> => {
      if (name === 'company.get') return ok(COMPANY);
      if (name === 'invoices.bySubscriber') return ok([row(pending.number, 'PENDIENTE'), row('FAC-2026-000100', 'PAGADA')]);
      if (name === 'invoices.get') return ok(pending);
      if (name === 'invoices.void') {
        const { reason } = input as { reason: string };
        return ok({ ...pending, status: 'ANULADA', voided: { at: '2026-11-23T16:00:00.000Z', by: 'Supervisor', reason } });
      }
      return fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` });
    };
    const result = answer();
    if (result.ok && mutates(name))
      void queries.invalidateQueries({ predicate: (q) => invalidatedBy(name, String(q.queryKey[0])) });
    return result as Result<Output<typeof name>>;
  });
}

const supervisor = () => fakeSession({ info: { ...SESSION, user: { ...SESSION.user, role: 'SUPERVISOR' } } });

const userEvent = userEventLib.setup({ delay: null });

describe('Facturas of the subscriber view', () => {
  beforeEach(() => {
    queries = newQueryClient();
    mockedCall.mockReset();
    serve();
  });

  it('an asesor opens a factura with its reprint but is offered no Anular', async () => {
    renderInSession(<InvoicesPanel code="100001" onChanged={vi.fn()} />, undefined, queries);
    const table = await screen.findByRole('table', { name: 'Facturas del suscriptor' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).queryByRole('button', { name: /^Anular/ })).toBeNull();

    await userEvent.click(within(table).getByRole('button', { name: pending.number }));
    const dialog = await screen.findByRole('dialog');
    await within(dialog).findByRole('table', { name: 'Productos' });
    expect(within(dialog).getByRole('button', { name: 'IMPRIMIR FACTURA' })).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'Anular' })).toBeNull();
  });

  it('a supervisor voids an unpaid factura with a reason of at least 10 characters', async () => {
    const onChanged = vi.fn();
    renderInSession(<InvoicesPanel code="100001" onChanged={onChanged} />, supervisor(), queries);
    const table = await screen.findByRole('table', { name: 'Facturas del suscriptor' });
    expect(within(table).getAllByRole('button', { name: /^Anular/ })).toHaveLength(1);

    await userEvent.click(within(table).getByRole('button', { name: `Anular ${pending.number}` }));
    const form = await screen.findByRole('form', { name: `Anular factura ${pending.number}` });
    await userEvent.type(within(form).getByLabelText('Motivo de la anulación'), 'error');
    await userEvent.click(within(form).getByRole('button', { name: 'ANULAR' }));
    expect(within(form).getByText('Motivo: explique en al menos 10 caracteres')).toBeTruthy();
    expect(mockedCall.mock.calls.filter(([n]) => n === 'invoices.void')).toHaveLength(0);

    await userEvent.click(within(form).getByLabelText('Motivo de la anulación'));
    await userEvent.paste(' de digitación del asesor');
    await userEvent.click(within(form).getByRole('button', { name: 'ANULAR' }));
    const dialog = await screen.findByRole('dialog');
    expect(await within(dialog).findByLabelText('Estado de la factura: ANULADA')).toBeTruthy();
    expect(within(dialog).getByRole('button', { name: 'IMPRIMIR CONSTANCIA DE ANULACIÓN' })).toBeTruthy();
    expect(mockedCall).toHaveBeenCalledWith('invoices.void', {
      number: pending.number,
      reason: 'error de digitación del asesor',
    });
    expect(onChanged).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(mockedCall.mock.calls.filter(([n]) => n === 'invoices.bySubscriber')).toHaveLength(2));
  });
});
