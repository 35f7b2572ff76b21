import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input, type Output, type Result } from '../../api';
import { invoice } from '../../documents/test-fixtures';
import { formatMoney } from '../../format/format';
import { CAJERO_SESSION, fail, fakeSession, ok, renderInSession } from '../../test/render';
import { current, paidWith } from './cash-fixtures';
import { PaymentScreen } from './PaymentScreen';
import { SCAN_FORMAT } from './scan-number';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

/** Seed 004: the user brings the factura's number to CAJA. */
const FACTURA = invoice();
const PAID = `La factura ${FACTURA.number} ya está PAGADA con el recibo REC-2026-000045.`;

type Handler = (input: unknown) => Result<unknown>;

function serve(overrides: Record<string, Handler> = {}) {
  const handlers: Record<string, Handler> = {
    'cash.current': () => ok(current()),
    'cash.receipts': () => ok([]),
    'printing.config': () => ok({ documentPrinter: '', receiptPrinter: '', paper: 'CARTA', workstation: 'CAJA-01' }),
    'cash.invoice': (input) => {
      const { number } = input as Input<'cash.invoice'>;
      if (number === FACTURA.number) return ok(FACTURA);
      return fail({ code: 'NOT_FOUND', message: `No existe la factura ${number}.` });
    },
    'cash.collectInvoice': (input) => {
      const { tenders } = input as Input<'cash.collectInvoice'>;
      const cash = tenders[0]!;
      const receipt = paidWith([{ ...cash, tendered: cash.tendered ?? cash.amount, reference: '' }], 0);
      return ok({ ...receipt, change: (cash.tendered ?? cash.amount) - cash.amount });
    },
    'print.document': () => fail({ code: 'INTERNAL', message: 'Impresión no disponible en la prueba.' }),
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
const scanField = () => screen.getByLabelText('Número del cupón o de la factura');
const text = (el: HTMLElement) => (el.textContent ?? '').replace(/\s/g, ' ');
const money = (n: number) => formatMoney(n).replace(/\s/g, ' ');

function helpOf(field: HTMLElement): string {
  const id = field.getAttribute('aria-describedby');
  return ((id && document.getElementById(id)?.textContent) || '').replace(/\s/g, ' ');
}

async function renderScreen() {
  renderInSession(<PaymentScreen active activation={1} />, fakeSession({ info: CAJERO_SESSION }));
  await screen.findByRole('status', { name: 'Caja abierta' });
  await waitFor(() => expect(document.activeElement).toBe(scanField()));
}

describe('CAJA → Pago de cupón, with a factura number (seed 004)', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });

  it('shows what the factura owes, takes the cash and pays exactly that factura', async () => {
    await renderScreen();
    await userEvent.type(scanField(), ' fac 2026 000123 {Enter}');
    const found = await screen.findByRole('region', { name: `Factura ${FACTURA.number}` });
    expect(callsOf('cash.invoice').map(([, input]) => input)).toEqual([{ number: FACTURA.number }]);
    expect(callsOf('coupons.get')).toHaveLength(0);
    expect((scanField() as HTMLInputElement).value).toBe(FACTURA.number);
    expect(text(screen.getByLabelText('Saldo de la factura'))).toBe(money(FACTURA.outstanding));
    expect(text(found)).toContain('100234 · Esperanza Torres Muñoz');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Recibido')));
    await userEvent.keyboard('500000{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'REGISTRAR' })));
    await userEvent.keyboard('{Enter}');
    expect(text(await screen.findByLabelText('Número de recibo'))).toBe('REC-2026-000045');
    expect(text(screen.getByLabelText('Cambio a entregar'))).toBe(money(500_000 - FACTURA.outstanding));
    expect(callsOf('cash.collect')).toHaveLength(0);
    expect(callsOf('cash.collectInvoice')[0]![1]).toEqual({
      requestKey: expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
      invoiceNumber: FACTURA.number,
      tenders: [{ method: 'EFECTIVO', amount: FACTURA.outstanding, tendered: 500_000 }],
    });
    expect(text(screen.getByRole('region', { name: 'Recibo REC-2026-000045' }))).toContain(`Factura${FACTURA.number}`);
  });

  it('says at the field when the factura is already paid, voided or unknown, with nothing to pay', async () => {
    serve({ 'cash.invoice': () => fail({ code: 'RULE', message: PAID }) });
    await renderScreen();
    await userEvent.type(scanField(), `${FACTURA.number}{Enter}`);
    await waitFor(() => expect(helpOf(scanField())).toBe(PAID));
    expect(screen.queryByRole('region', { name: `Factura ${FACTURA.number}` })).toBeNull();
    expect(screen.queryByRole('button', { name: 'REGISTRAR' })).toBeNull();
    expect(document.activeElement).toBe(scanField());
  });

  it('refuses what is neither a coupon nor a factura without asking the core', async () => {
    await renderScreen();
    await userEvent.type(scanField(), 'FAC-26-1{Enter}');
    expect(helpOf(scanField())).toBe(SCAN_FORMAT);
    expect(mockedCall.mock.calls.filter(([n]) => n === 'cash.invoice' || n === 'coupons.get')).toHaveLength(0);
  });

  it('asks for the medios to add up to the factura, naming it', async () => {
    await renderScreen();
    await userEvent.type(scanField(), `${FACTURA.number}{Enter}`);
    await screen.findByRole('region', { name: `Factura ${FACTURA.number}` });
    await userEvent.clear(screen.getByLabelText('Valor en efectivo'));
    await userEvent.type(screen.getByLabelText('Valor en efectivo'), '1000');
    await userEvent.click(screen.getByRole('button', { name: 'REGISTRAR' }));
    expect(text(await screen.findByRole('alert'))).toBe(
      `Medios de pago: suman ${money(1000)} y la factura es por ${money(FACTURA.outstanding)}; deben ser iguales`,
    );
    expect(callsOf('cash.collectInvoice')).toHaveLength(0);
  });
});
