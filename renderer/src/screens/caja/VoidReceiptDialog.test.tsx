import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input, type Output, type Result } from '../../api';
import { receipt } from '../../documents/caja/caja-fixtures';
import { CAJERO_SESSION, fail, fakeSession, ok } from '../../test/render';
import { renderInSessionQueries } from '../../test/session-queries';
import { current, listed } from './cash-fixtures';
import { PaymentScreen } from './PaymentScreen';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const PAID = receipt({ tenders: [{ method: 'EFECTIVO', amount: 149_540, tendered: 149_540, reference: '' }], change: 0 });
const WRONG = 'Usuario o contraseña incorrectos.';

function serve() {
  let voided = false;
  const handlers: Record<string, (input: unknown) => Result<unknown>> = {
    'cash.current': () => ok(current({ receipts: 1 })),
    'cash.receipts': () => ok([listed(voided ? VOID_OF(PAID) : PAID)]),
    'cash.receipt': () => ok(voided ? VOID_OF(PAID) : PAID),
    'printing.config': () => ok({ documentPrinter: '', receiptPrinter: '', paper: 'ROLLO_80MM', workstation: 'CAJA-01' }),
    'print.document': () => fail({ code: 'INTERNAL', message: 'Impresión no disponible en la prueba.' }),
    'cash.voidReceipt': (input) => {
      const { supervisorUsername, supervisorPassword } = input as Input<'cash.voidReceipt'>;
      if (supervisorUsername === 'cajero') {
        return fail({ code: 'FORBIDDEN', message: 'La aprobación debe darla un usuario con rol SUPERVISOR.' });
      }
      if (supervisorPassword !== 'Supervisor2026') return fail({ code: 'AUTH_FAILED', message: WRONG });
      voided = true;
      return ok(VOID_OF(PAID));
    },
  };
  mockedCall.mockImplementation(async (name, input) => {
    const handler = handlers[name];
    return (handler ? handler(input) : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })) as Result<
      Output<typeof name>
    >;
  });
}

const VOID_OF = (r: typeof PAID) => ({
  ...r,
  status: 'ANULADO' as const,
  void: {
    number: 'ANR-2026-000002',
    at: '2026-11-23T16:30:00.000Z',
    reason: 'Se cobró el cupón de otro suscriptor',
    requestedBy: r.cashier.fullName,
    approvedBy: 'Carlos Andrés Rojas',
  },
});

/** Types a whole value at once (a paste), as the field sees a person finish typing it. */
async function fill(field: HTMLElement, value: string) {
  await userEvent.clear(field);
  await userEvent.click(field);
  await userEvent.paste(value);
}

const callsOf = (name: string) => mockedCall.mock.calls.filter(([n]) => n === name);

async function openVoid() {
  // The list of receipts is read again after the void, as SessionQueries does in the app.
  renderInSessionQueries(<PaymentScreen active activation={1} />, mockedCall, fakeSession({ info: CAJERO_SESSION }));
  await userEvent.click(await screen.findByRole('button', { name: 'Anular REC-2026-000045' }));
  return screen.findByRole('form', { name: 'Anular recibo REC-2026-000045' });
}

describe('CAJA → anular un recibo', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });

  it('needs a reason of ten characters and a supervisor who is one; nothing is sent until then', async () => {
    const dialog = await openVoid();
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Motivo de la anulación')));
    await userEvent.keyboard('Error{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Usuario del supervisor')));
    await userEvent.paste('supervisor');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(within(dialog).getByLabelText('Contraseña del supervisor')));
    await userEvent.paste('Supervisor2026');
    await userEvent.keyboard('{Enter}');
    expect(await within(dialog).findByText('Motivo: explique en al menos 10 caracteres')).toBeTruthy();
    expect(callsOf('cash.voidReceipt')).toHaveLength(0);

    await fill(within(dialog).getByLabelText('Motivo de la anulación'), 'Se cobró el cupón de otro suscriptor');
    await fill(within(dialog).getByLabelText('Usuario del supervisor'), 'cajero');
    await fill(within(dialog).getByLabelText('Contraseña del supervisor'), 'Cajero2026');
    await userEvent.keyboard('{Enter}');
    expect(await within(dialog).findByRole('alert')).toHaveProperty(
      'textContent',
      'La aprobación debe darla un usuario con rol SUPERVISOR.',
    );
    // The password is never left typed after a refusal.
    expect(within(dialog).getByLabelText<HTMLInputElement>('Contraseña del supervisor').value).toBe('');
  });

  it('voids with the supervisor credentials, then prints the void receipt (ANR number) and lists it ANULADO', async () => {
    const dialog = await openVoid();
    await fill(within(dialog).getByLabelText('Motivo de la anulación'), 'Se cobró el cupón de otro suscriptor');
    await fill(within(dialog).getByLabelText('Usuario del supervisor'), 'supervisor');
    await fill(within(dialog).getByLabelText('Contraseña del supervisor'), 'otra');
    await userEvent.keyboard('{Enter}');
    expect((await within(dialog).findByRole('alert')).textContent).toBe(WRONG);
    await fill(within(dialog).getByLabelText('Contraseña del supervisor'), 'Supervisor2026');
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('Recibo REC-2026-000045 anulado')).toBeTruthy();
    expect(callsOf('cash.voidReceipt').at(-1)![1]).toEqual({
      receiptNumber: 'REC-2026-000045',
      reason: 'Se cobró el cupón de otro suscriptor',
      supervisorUsername: 'supervisor',
      supervisorPassword: 'Supervisor2026',
    });
    await waitFor(() =>
      expect(callsOf('print.document').map(([, i]) => i)).toContainEqual({
        type: 'ANULACION_RECIBO',
        number: 'ANR-2026-000002',
        // This test's workstation prints on the 80 mm roll.
        target: 'RECEIPT',
      }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Cerrar' }));
    const row = await screen.findByRole('row', { name: 'Recibo REC-2026-000045' });
    expect(within(row).getByText('ANULADO')).toBeTruthy();
    expect(within(row).queryByRole('button', { name: /Anular/ })).toBeNull();
  });
});
