import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input, type Output, type Result } from '../../api';
import { closeReport } from '../../documents/caja/caja-fixtures';
import { CAJERO_SESSION, fail, fakeSession, ok, renderInSession } from '../../test/render';
import { current } from './cash-fixtures';
import { CloseScreen } from './CloseScreen';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

/** The session counted: 200.000 + 100.000 in cash expected, 296.000 counted. */
const COUNTED = closeReport({
  session: { ...closeReport().session, status: 'EN_ARQUEO', closeNumber: null },
  closedAt: null,
  note: '',
});

function serve() {
  let state: 'ABIERTA' | 'EN_ARQUEO' | 'CERRADA' = 'ABIERTA';
  const handlers: Record<string, (input: unknown) => Result<unknown>> = {
    'cash.current': () => ok(current(state === 'CERRADA' ? null : { status: state, receipts: 2 })),
    'printing.config': () => ok({ documentPrinter: '', receiptPrinter: '', paper: 'CARTA', workstation: 'CAJA-01' }),
    'print.document': () => fail({ code: 'INTERNAL', message: 'Impresión no disponible en la prueba.' }),
    'cash.declareCount': () => {
      state = 'EN_ARQUEO';
      return ok(COUNTED);
    },
    'cash.closeReport': () => ok(COUNTED),
    'cash.close': (input) => {
      const { note } = input as Input<'cash.close'>;
      if (note.trim().length < 5) {
        return fail({
          code: 'VALIDATION',
          message: 'Observación: explique el sobrante o faltante',
          issues: [{ field: 'note', message: 'Observación: explique el sobrante o faltante' }],
        });
      }
      state = 'CERRADA';
      return ok(closeReport({ note }));
    },
  };
  mockedCall.mockImplementation(async (name, input) => {
    const handler = handlers[name];
    return (handler ? handler(input) : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })) as Result<
      Output<typeof name>
    >;
  });
}

const callsOf = (name: string) => mockedCall.mock.calls.filter(([n]) => n === name);
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\s/g, ' ');
const quantity = (label: string) => screen.getByLabelText(`Cantidad de ${label}`);

function helpOf(field: HTMLElement): string {
  const id = field.getAttribute('aria-describedby');
  return ((id && document.getElementById(id)?.textContent) || '').replace(/\s/g, ' ');
}

async function renderScreen() {
  renderInSession(<CloseScreen active activation={1} />, fakeSession({ info: CAJERO_SESSION }));
  await screen.findByRole('table', { name: 'Arqueo por denominación' });
  await waitFor(() => expect(document.activeElement).toBe(quantity('$ 100.000')));
}

describe('CAJA → Corte de caja', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });

  it('counts blind: live subtotals and total, and nothing of what the system expects', async () => {
    await renderScreen();
    await userEvent.keyboard('2{Enter}1{Enter}2{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(quantity('$ 10.000')));
    await userEvent.click(quantity('$ 2.000'));
    await userEvent.keyboard('3');
    expect(text(screen.getByLabelText('Total contado'))).toBe('$ 296.000');
    const rows = within(screen.getByRole('table', { name: 'Arqueo por denominación' })).getAllByRole('row');
    expect(text(rows[2]!)).toContain('$ 50.000');
    expect(screen.queryByText(/esperado/i)).toBeNull();
    expect(screen.queryByText(/faltante|sobrante/i)).toBeNull();
    expect(document.body.textContent).not.toContain('300.000');
  });

  it('refuses a negative or broken quantity next to its field, and registers nothing', async () => {
    await renderScreen();
    await userEvent.keyboard('-1');
    expect(helpOf(quantity('$ 100.000'))).toBe('Cantidad: no puede ser negativa');
    await userEvent.click(quantity('$ 500'));
    await userEvent.keyboard('1,5');
    expect(helpOf(quantity('$ 500'))).toBe('Cantidad: un número entero');
    await userEvent.click(screen.getByRole('button', { name: 'REGISTRAR ARQUEO' }));
    expect(screen.getByRole('alert').textContent).toBe('Corrija las cantidades marcadas: deben ser números enteros, cero o más.');
    await waitFor(() => expect(document.activeElement).toBe(quantity('$ 100.000')));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(callsOf('cash.declareCount')).toHaveLength(0);
  });

  it('after a confirmed count reveals expected and FALTANTE; the close needs the note; then the corte prints', async () => {
    await renderScreen();
    await userEvent.keyboard('2{Enter}1{Enter}2');
    await userEvent.click(quantity('$ 2.000'));
    await userEvent.keyboard('3');
    await userEvent.click(screen.getByRole('button', { name: 'REGISTRAR ARQUEO' }));
    const confirm = await screen.findByRole('dialog', { name: 'Registrar arqueo' });
    expect(text(confirm)).toContain('$ 296.000');
    expect(text(confirm)).toContain('no se puede repetir');
    expect(callsOf('cash.declareCount')).toHaveLength(0);
    await userEvent.click(within(confirm).getByRole('button', { name: 'REGISTRAR' }));

    const result = await screen.findByRole('group', { name: 'Resultado del arqueo' });
    expect(text(within(result).getByLabelText('Efectivo esperado'))).toBe('$ 300.000');
    expect(text(within(result).getByLabelText('FALTANTE'))).toBe('$ 4.000');
    expect(callsOf('cash.declareCount')[0]![1]).toEqual({
      count: [
        { denomination: 100_000, quantity: 2 },
        { denomination: 50_000, quantity: 1 },
        { denomination: 20_000, quantity: 2 },
        { denomination: 10_000, quantity: 0 },
        { denomination: 5_000, quantity: 0 },
        { denomination: 2_000, quantity: 3 },
        { denomination: 1_000, quantity: 0 },
        { denomination: 500, quantity: 0 },
        { denomination: 200, quantity: 0 },
        { denomination: 100, quantity: 0 },
        { denomination: 50, quantity: 0 },
      ],
    });
    expect(screen.queryByRole('table', { name: 'Arqueo por denominación' })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'CERRAR CAJA' }));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Cerrar caja' })).getByRole('button', { name: 'CERRAR CAJA' }),
    );
    await waitFor(() =>
      expect(helpOf(screen.getByLabelText('Observación'))).toBe('Observación: explique el sobrante o faltante'),
    );
    // The first confirmation must be gone (its exit transition hides the page from queries).
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await userEvent.click(screen.getByLabelText('Observación'));
    await userEvent.paste('Billete de 2.000 devuelto de más');
    await userEvent.click(screen.getByRole('button', { name: 'CERRAR CAJA' }));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Cerrar caja' })).getByRole('button', { name: 'CERRAR CAJA' }),
    );

    expect(text(await screen.findByLabelText('Número del corte'))).toBe('CC-2026-000012');
    await waitFor(() =>
      expect(callsOf('print.document')[0]?.[1]).toEqual({ type: 'CORTE_CAJA', number: 'CC-2026-000012', target: 'DOCUMENT' }),
    );
  });

  it('shows a count registered before (the app was closed) instead of asking for it again', async () => {
    mockedCall.mockReset();
    serve();
    const base = mockedCall.getMockImplementation()!;
    mockedCall.mockImplementation(async (name, input) =>
      name === 'cash.current' ? (ok(current({ status: 'EN_ARQUEO' })) as never) : base(name, input),
    );
    renderInSession(<CloseScreen active activation={1} />, fakeSession({ info: CAJERO_SESSION }));
    const result = await screen.findByRole('group', { name: 'Resultado del arqueo' });
    expect(text(within(result).getByLabelText('FALTANTE'))).toBe('$ 4.000');
    expect(callsOf('cash.closeReport')[0]![1]).toEqual({ sessionId: 3 });
    expect(screen.queryByRole('table', { name: 'Arqueo por denominación' })).toBeNull();
  });
});
