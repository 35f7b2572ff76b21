import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input, type Output, type Result } from '../../api';
import { CAJERO_SESSION, deferred, fail, fakeSession, ok, renderInSession } from '../../test/render';
import { renderInSessionQueries } from '../../test/session-queries';
import { current, listed, paidWith, VIGENTE } from './cash-fixtures';
import { PaymentScreen } from './PaymentScreen';
import { SCAN_FORMAT } from './scan-number';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

type Handler = (input: unknown) => Promise<Result<unknown>> | Result<unknown>;

const UNREACHABLE = {
  code: 'INTERNAL' as const,
  message: 'No se pudo comunicar con el servicio de Ventanilla. Revise que la aplicación siga abierta e intente de nuevo.',
};

function serve(overrides: Record<string, Handler> = {}) {
  const handlers: Record<string, Handler> = {
    'cash.current': () => ok(current()),
    'cash.receipts': () => ok([]),
    'printing.config': () => ok({ documentPrinter: '', receiptPrinter: '', paper: 'CARTA', workstation: 'CAJA-01' }),
    'coupons.get': (input) => {
      const { number } = input as Input<'coupons.get'>;
      if (number === VIGENTE.number) return ok(VIGENTE);
      return fail({ code: 'NOT_FOUND', message: `No existe el cupón ${number}.` });
    },
    'cash.collect': (input) => {
      const { tenders } = input as Input<'cash.collect'>;
      const cash = tenders.find((t) => t.method === 'EFECTIVO');
      const change = cash ? (cash.tendered ?? cash.amount) - cash.amount : 0;
      return ok(
        paidWith(
          tenders.map((t) => ({
            method: t.method,
            amount: t.amount,
            tendered: t.method === 'EFECTIVO' ? (t.tendered ?? t.amount) : null,
            reference: t.reference ?? '',
          })),
          change,
        ),
      );
    },
    'print.document': () => fail({ code: 'INTERNAL', message: 'Impresión no disponible en la prueba.' }),
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
const scanField = () => screen.getByLabelText('Número del cupón o de la factura');
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\s/g, ' ');

/** The message under a field (MUI's helper text, tied by aria-describedby). */
function helpOf(field: HTMLElement): string {
  const id = field.getAttribute('aria-describedby');
  return ((id && document.getElementById(id)?.textContent) || '').replace(/\s/g, ' ');
}

async function renderScreen() {
  renderInSession(<PaymentScreen active activation={1} />, fakeSession({ info: CAJERO_SESSION }));
  await screen.findByRole('status', { name: 'Caja abierta' });
  await waitFor(() => expect(document.activeElement).toBe(scanField()));
}

/** Scans VIGENTE and waits for the focus on Recibido, where the cashier types next. */
async function scanCoupon(typed = 'CUP-2026-000123') {
  await userEvent.type(scanField(), `${typed}{Enter}`);
  await screen.findByRole('region', { name: 'Cupón CUP-2026-000123' });
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Recibido')));
}

describe('CAJA → Pago de cupón', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });

  it('takes the number as a scanner or a person types it: lowercase, spaces, other dashes', async () => {
    await renderScreen();
    await scanCoupon('  cup 2026 000123 ');
    expect(callsOf('coupons.get').map(([, input]) => input)).toEqual([{ number: 'CUP-2026-000123' }]);
    expect((scanField() as HTMLInputElement).value).toBe('CUP-2026-000123');
    expect(screen.getByLabelText('Estado del cupón: VIGENTE')).toBeTruthy();
    expect(text(screen.getByLabelText('Total del cupón'))).toBe('$ 149.540');
    expect(screen.getByText('100234 · Esperanza Torres Muñoz')).toBeTruthy();
  });

  it('refuses a malformed or unknown number next to the field, with nothing to pay', async () => {
    await renderScreen();
    await userEvent.type(scanField(), 'REC-12{Enter}');
    expect(helpOf(scanField())).toBe(SCAN_FORMAT);
    expect(callsOf('coupons.get')).toHaveLength(0);
    await userEvent.clear(scanField());
    await userEvent.type(scanField(), 'CUP-2026-999999{Enter}');
    await waitFor(() => expect(helpOf(scanField())).toBe('No existe el cupón CUP-2026-999999.'));
    expect(screen.queryByRole('button', { name: 'REGISTRAR' })).toBeNull();
  });

  it('says when a coupon is already paid, with its receipt, and offers no REGISTRAR', async () => {
    serve({ 'coupons.get': () => ok({ ...VIGENTE, status: 'PAGADO', receiptNumber: 'REC-2026-000045' }) });
    await renderScreen();
    await userEvent.type(scanField(), 'CUP-2026-000123{Enter}');
    const alert = await screen.findByRole('alert');
    expect(text(alert)).toContain('El cupón CUP-2026-000123 ya está PAGADO con el recibo REC-2026-000045.');
    expect(screen.queryByRole('button', { name: 'REGISTRAR' })).toBeNull();
  });

  it('says when a coupon expired, with the date, and offers no REGISTRAR', async () => {
    serve({ 'coupons.get': () => ok({ ...VIGENTE, status: 'VENCIDO' }) });
    await renderScreen();
    await userEvent.type(scanField(), 'CUP-2026-000123{Enter}');
    expect(text(await screen.findByRole('alert'))).toBe(
      'El cupón CUP-2026-000123 está VENCIDO desde el 28/11/2026: el usuario debe pedir uno nuevo en RECAUDO.',
    );
    expect(screen.queryByRole('button', { name: 'REGISTRAR' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(scanField()));
  });

  it("shows the core's refusal of a coupon that no longer matches the debt, and stays on the form", async () => {
    const refusal =
      'El cupón CUP-2026-000123 ya no corresponde a la deuda (FAC-2026-000123 debe 0, el cupón cobra 90800); puede estar anulada o pagada con otro cupón. El usuario debe pedir un cupón nuevo.';
    serve({ 'cash.collect': () => fail({ code: 'RULE', message: refusal }) });
    await renderScreen();
    await scanCoupon();
    await userEvent.click(screen.getByRole('button', { name: 'REGISTRAR' }));
    expect(text(await screen.findByRole('alert'))).toBe(refusal);
    expect(screen.queryByLabelText('Número de recibo')).toBeNull();
  });

  it('shows the change live, big, as the cashier types what was handed over', async () => {
    await renderScreen();
    await scanCoupon();
    expect(text(screen.getByLabelText('Cambio'))).toBe('$ 0');
    await userEvent.keyboard('100000');
    expect(text(screen.getByLabelText('Falta en efectivo'))).toBe('$ 49.540');
    await userEvent.clear(screen.getByLabelText('Recibido'));
    await userEvent.keyboard('200.000');
    expect(text(screen.getByLabelText('Cambio'))).toBe('$ 50.460');
  });

  it('pays in cash with Enter, Enter: one REGISTRAR, the receipt with its change, and it prints at once', async () => {
    await renderScreen();
    await scanCoupon();
    await userEvent.keyboard('200000{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'REGISTRAR' })));
    await userEvent.keyboard('{Enter}');
    expect(text(await screen.findByLabelText('Número de recibo'))).toBe('REC-2026-000045');
    expect(text(screen.getByLabelText('Cambio a entregar'))).toBe('$ 50.460');
    const [, input] = callsOf('cash.collect')[0]!;
    expect(input).toMatchObject({
      couponNumber: 'CUP-2026-000123',
      tenders: [{ method: 'EFECTIVO', amount: 149_540, tendered: 200_000 }],
    });
    await waitFor(() =>
      expect(callsOf('print.document')[0]?.[1]).toEqual({ type: 'RECIBO', number: 'REC-2026-000045', target: 'DOCUMENT' }),
    );
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Siguiente cupón' })));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(scanField()));
    expect((scanField() as HTMLInputElement).value).toBe('');
  });

  it('reads the session again once paid: the receipt is listed and the bar counts it', async () => {
    const receipt = paidWith([{ method: 'EFECTIVO', amount: 149_540, tendered: 149_540, reference: '' }], 0);
    const paid = () => callsOf('cash.collect').length > 0;
    serve({
      'cash.current': () => ok(current({ receipts: paid() ? 1 : 0 })),
      'cash.receipts': () => ok(paid() ? [listed(receipt)] : []),
    });
    renderInSessionQueries(<PaymentScreen active activation={1} />, mockedCall, fakeSession({ info: CAJERO_SESSION }));
    await screen.findByRole('status', { name: 'Caja abierta' });
    expect(screen.getByText('Aún no hay pagos en esta caja.')).toBeTruthy();
    await scanCoupon();
    await userEvent.click(screen.getByRole('button', { name: 'REGISTRAR' }));
    await screen.findByLabelText('Número de recibo');
    expect(await screen.findByRole('row', { name: 'Recibo REC-2026-000045' })).toBeTruthy();
    expect(text(screen.getByRole('status', { name: 'Caja abierta' }))).toContain('1 recibo');
  });

  it('blocks REGISTRAR when the medios do not add up to the coupon, saying by how much', async () => {
    await renderScreen();
    await scanCoupon();
    await userEvent.click(screen.getByRole('button', { name: 'Agregar medio de pago' }));
    const amounts = screen.getAllByLabelText(/^Valor/);
    await userEvent.clear(amounts[0]!);
    await userEvent.type(amounts[0]!, '100000');
    await userEvent.type(amounts[1]!, '40000');
    await userEvent.type(screen.getByLabelText('Referencia'), 'VOUCHER 123');
    await userEvent.click(screen.getByRole('button', { name: 'REGISTRAR' }));
    expect(text(await screen.findByRole('alert'))).toBe(
      'Medios de pago: suman $ 140.000 y el cupón es por $ 149.540; deben ser iguales',
    );
    expect(callsOf('cash.collect')).toHaveLength(0);
    await userEvent.clear(amounts[1]!);
    await userEvent.type(amounts[1]!, '49540');
    await userEvent.click(screen.getByRole('button', { name: 'REGISTRAR' }));
    await screen.findByLabelText('Número de recibo');
    expect(callsOf('cash.collect')[0]![1]).toMatchObject({
      tenders: [
        { method: 'EFECTIVO', amount: 100_000 },
        { method: 'TARJETA', amount: 49_540, reference: 'VOUCHER 123' },
      ],
    });
  });

  it('refuses letters in an amount and a card without reference, next to each field', async () => {
    await renderScreen();
    await scanCoupon();
    await userEvent.clear(screen.getByLabelText('Valor en efectivo'));
    await userEvent.type(screen.getByLabelText('Valor en efectivo'), 'cien mil');
    await userEvent.click(screen.getByRole('button', { name: 'REGISTRAR' }));
    await waitFor(() => expect(helpOf(screen.getByLabelText('Valor en efectivo'))).toBe('Valor: escriba un número'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Valor en efectivo')));
    expect(callsOf('cash.collect')).toHaveLength(0);
  });

  it('records once for a double Enter on REGISTRAR', async () => {
    const answer = deferred<Result<unknown>>();
    serve({ 'cash.collect': () => answer.promise });
    await renderScreen();
    await scanCoupon();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'REGISTRAR' })));
    await userEvent.keyboard('{Enter}{Enter}');
    expect(callsOf('cash.collect')).toHaveLength(1);
    answer.resolve(ok(paidWith([{ method: 'EFECTIVO', amount: 149_540, tendered: 149_540, reference: '' }], 0)));
    await screen.findByLabelText('Número de recibo');
    expect(callsOf('cash.collect')).toHaveLength(1);
  });

  it('retries after a transport error with the same request key, so the core cannot pay twice', async () => {
    let attempts = 0;
    serve({
      'cash.collect': () =>
        ++attempts === 1
          ? fail(UNREACHABLE)
          : ok(paidWith([{ method: 'EFECTIVO', amount: 149_540, tendered: 149_540, reference: '' }], 0)),
    });
    await renderScreen();
    await scanCoupon();
    await userEvent.click(screen.getByRole('button', { name: 'REGISTRAR' }));
    expect(text(await screen.findByRole('alert'))).toBe(UNREACHABLE.message);
    expect(screen.getByRole('button', { name: 'REGISTRAR' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'REGISTRAR' }));
    await screen.findByLabelText('Número de recibo');
    const keys = callsOf('cash.collect').map(([, input]) => (input as Input<'cash.collect'>).requestKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(keys[1]).toBe(keys[0]);

    // The next coupon is a new request.
    await userEvent.click(screen.getByRole('button', { name: 'Siguiente cupón' }));
    await scanCoupon();
    await userEvent.click(screen.getByRole('button', { name: 'REGISTRAR' }));
    await waitFor(() => expect(callsOf('cash.collect')).toHaveLength(3));
    expect((callsOf('cash.collect')[2]![1] as Input<'cash.collect'>).requestKey).not.toBe(keys[0]);
  });

  it('sends a session left open from an earlier day to Corte de caja', async () => {
    serve({ 'cash.current': () => ok(current({ businessDate: '2026-11-20', stale: true })) });
    const navigate = vi.fn();
    renderInSession(<PaymentScreen active activation={1} navigate={navigate} />, fakeSession({ info: CAJERO_SESSION }));
    const banner = await screen.findByRole('alert');
    expect(text(banner)).toContain('Tiene abierta la caja del 20/11/2026: haga primero el corte.');
    await userEvent.click(within(banner).getByRole('button', { name: 'IR A CORTE DE CAJA' }));
    expect(navigate).toHaveBeenCalledWith('cashClose');
  });

  it('opens the session with its float; a negative float is refused next to the field', async () => {
    let opened = false;
    serve({
      'cash.current': () => ok(current(opened ? {} : null)),
      'cash.open': (input) => {
        opened = true;
        return ok({ ...current().session!, openingFloat: (input as Input<'cash.open'>).openingFloat });
      },
    });
    renderInSession(<PaymentScreen active activation={1} />, fakeSession({ info: CAJERO_SESSION }));
    const field = await screen.findByLabelText('Base de caja');
    await waitFor(() => expect(document.activeElement).toBe(field));
    await userEvent.type(field, '-5000{Enter}');
    await waitFor(() => expect(helpOf(field)).toBe('Base de caja: no puede ser negativa'));
    expect(callsOf('cash.open')).toHaveLength(0);
    await userEvent.clear(field);
    await userEvent.type(field, '200.000{Enter}');
    await screen.findByRole('status', { name: 'Caja abierta' });
    expect(callsOf('cash.open')[0]![1]).toEqual({ openingFloat: 200_000 });
    await waitFor(() => expect(document.activeElement).toBe(scanField()));
  });
});
