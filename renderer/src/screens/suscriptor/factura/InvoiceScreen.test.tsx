import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEventLib, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input, type Output, type Result } from '../../../api';
import { deferred, fail, ok, renderInSession } from '../../../test/render';
import { ACTIVE, CANCELLED, CARTERA, COMPANY, CORTE, RECONEXION, preview, savedInvoice } from '../../../test/invoice-fixtures';
import { InvoiceScreen } from './InvoiceScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

type Handler = (input: unknown) => Promise<Result<unknown>> | Result<unknown>;

/** The core as these tests need it; `overrides` replace single procedures. */
function serve(overrides: Record<string, Handler> = {}) {
  const handlers: Record<string, Handler> = {
    'products.list': () => ok([CORTE, RECONEXION, CARTERA]),
    'company.get': () => ok(COMPANY),
    'subscribers.view': (input) => {
      const { code } = input as { code: string };
      if (code === ACTIVE.code) return ok(ACTIVE);
      if (code === CANCELLED.code) return ok(CANCELLED);
      return fail({ code: 'NOT_FOUND', message: `No existe un suscriptor con el código ${code}.` });
    },
    'agreements.preview': (input) => preview(input as Input<'agreements.preview'>),
    'invoices.create': (input) => ok(savedInvoice(input as Input<'invoices.create'>)),
    ...overrides,
  };
  mockedCall.mockImplementation(async (name, input) => {
    const handler = handlers[name];
    return (handler ? await handler(input) : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })) as Result<
      Output<typeof name>
    >;
  });
}

// No pause between keystrokes: these forms are long and the counter types fast.
let user: UserEvent;

const callsOf = (name: string) => mockedCall.mock.calls.filter(([n]) => n === name);

/** The message under a field (MUI's helper text, tied by aria-describedby); spaces as typed. */
function helpOf(label: string | RegExp): string {
  const id = screen.getByLabelText(label).getAttribute('aria-describedby');
  return ((id && document.getElementById(id)?.textContent) || '').replace(/\s/g, ' ');
}

async function openSubscriber(code: string) {
  const field = screen.getByLabelText('Código del suscriptor');
  await user.clear(field);
  await user.type(field, `${code}{Enter}`);
}

async function addProduct(search: string, quantity = '1') {
  const picker = screen.getByRole('combobox', { name: 'Producto' });
  await user.type(picker, search);
  await screen.findByRole('option');
  await user.keyboard('{Enter}');
  await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Cantidad')));
  await user.clear(screen.getByLabelText('Cantidad'));
  await user.type(screen.getByLabelText('Cantidad'), `${quantity}{Enter}`);
}

const guardar = () => user.click(screen.getByRole('button', { name: 'GUARDAR' }));

async function renderScreen() {
  renderInSession(<InvoiceScreen active activation={1} />);
  await waitFor(() => expect(callsOf('products.list')).toHaveLength(1));
  // Let the catalog's answer reach the picker before typing into it.
  await act(async () => {});
  // The screen puts the focus on the forma de pago on its next frame: a user starts once it is there
  // (a click before it, on a loaded machine, would have its list closed by that late focus).
  await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'CONTADO' })));
}

describe('SUSCRIPTOR → FACTURA', () => {
  beforeEach(() => {
    user = userEventLib.setup({ delay: null });
    mockedCall.mockReset();
    serve();
  });

  it('goes in the seed order with the keyboard and saves a factura with its number', async () => {
    await renderScreen();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'CONTADO' })));
    await user.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByLabelText('Código del suscriptor'));

    await user.keyboard('100001{Enter}');
    const card = await screen.findByRole('region', { name: 'Suscriptor 100001' });
    expect(within(card).getByText('Esperanza Torres Muñoz')).toBeTruthy();
    expect(within(card).getByLabelText('Estado: Activo')).toBeTruthy();
    expect(within(card).getByLabelText('Saldo').textContent?.replace(/\s/g, ' ')).toBe('$ 121.240');
    // The titular is the default tercero: the focus goes on to the products.
    expect(screen.getByRole('status', { name: 'Tercero elegido' }).textContent).toContain('Titular');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Producto' })));

    await addProduct('corte');
    await addProduct('reconexion');
    await addProduct('RAC', '2');
    const lines = screen.getByRole('table', { name: 'Productos de la factura' });
    expect(within(lines).getAllByRole('row')).toHaveLength(5);
    expect(within(lines).getByLabelText('Total').textContent?.replace(/\s/g, ' ')).toBe('$ 128.600');
    expect(screen.getByLabelText<HTMLTextAreaElement>('Observación').value).toBe(
      'Código 100001 · Ruta 01-001 · CORTE, RECONEXIÓN DEL SERVICIO, RECUPERACIÓN ACUEDUCTO CARTERA',
    );

    // Enter on the empty picker goes to the observación, Enter there to GUARDAR.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Producto' })));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Observación')));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'GUARDAR' })));
    await user.keyboard('{Enter}');

    expect((await screen.findByLabelText('Número de factura')).textContent).toBe('FAC-2026-000123');
    expect(screen.getByLabelText('Estado de la factura: PENDIENTE')).toBeTruthy();
    const [, input] = callsOf('invoices.create')[0]!;
    expect(input).toMatchObject({
      paymentForm: 'CONTADO',
      subscriberCode: '100001',
      partyId: ACTIVE.owner.id,
      lines: [
        { productId: CORTE.id, quantity: 1 },
        { productId: RECONEXION.id, quantity: 1 },
        { productId: CARTERA.id, quantity: 2 },
      ],
    });
    expect(screen.getByRole('button', { name: 'IMPRIMIR' })).toBeTruthy();
  }, 60_000);

  it('the titular is the default tercero until the asesor picks one by cédula', async () => {
    const other = {
      ...ACTIVE,
      code: '100005',
      owner: { ...ACTIVE.owner, id: 8, fullName: 'Pedro Pérez Rojas', documentNumber: '12345678' },
    };
    const requester = { ...ACTIVE.owner, id: 9, fullName: 'Ana Lucía Gómez', documentNumber: '52111222' };
    serve({
      'subscribers.view': (input) => ok((input as { code: string }).code === other.code ? other : ACTIVE),
      'parties.byDocument': () => ok([requester]),
    });
    await renderScreen();
    const chosen = screen.getByRole('status', { name: 'Tercero elegido' });
    await openSubscriber('100001');
    await waitFor(() => expect(chosen.textContent).toContain('Esperanza Torres Muñoz'));
    await openSubscriber('100005');
    await waitFor(() => expect(chosen.textContent).toContain('Pedro Pérez Rojas'));
    expect(chosen.textContent).toContain('Titular');

    await user.type(screen.getByLabelText('Número de documento del tercero'), '52111222{Enter}');
    await waitFor(() => expect(chosen.textContent).toContain('Ana Lucía Gómez'));
    expect(chosen.textContent).not.toContain('Titular');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Producto' })));
    await openSubscriber('100001');
    await screen.findByRole('region', { name: 'Suscriptor 100001' });
    expect(chosen.textContent).toContain('Ana Lucía Gómez');
  });

  it('Enter on the empty cédula keeps the titular and goes on to the products', async () => {
    await renderScreen();
    await openSubscriber('100001');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Producto' })));
    await user.click(screen.getByLabelText('Número de documento del tercero'));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Producto' })));
    expect(screen.getByRole('status', { name: 'Tercero elegido' }).textContent).toContain('Titular');
  });

  it('says under Observación where Enter goes, and the product list button reads "Abrir lista"', async () => {
    await renderScreen();
    expect(helpOf('Observación')).toMatch(/Enter: pasa a GUARDAR/);
    await user.click(screen.getByRole('button', { name: 'Abrir lista' }));
    expect(await screen.findAllByRole('option')).toHaveLength(3);
    expect(screen.getByRole('button', { name: 'Cerrar lista' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'CRÉDITO' }));
    expect(helpOf('Observación')).toMatch(/Enter: pasa al acuerdo de pago/);
  });

  it('an empty GUARDAR puts each message next to its field and sends nothing', async () => {
    await renderScreen();
    await guardar();
    expect(helpOf('Código del suscriptor')).toBe('Código del suscriptor: es obligatorio');
    expect(screen.getByText('Tercero: busque por cédula o agréguelo con +')).toBeTruthy();
    expect(screen.getByText('Productos: agregue al menos uno')).toBeTruthy();
    expect(helpOf('Observación')).toBe('Observación: es obligatorio');
    expect(callsOf('invoices.create')).toHaveLength(0);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Código del suscriptor')));
  });

  it('no products: the message goes under the products and nothing is saved', async () => {
    await renderScreen();
    await openSubscriber('100001');
    await screen.findByRole('region', { name: 'Suscriptor 100001' });
    await guardar();
    expect(screen.getByText('Productos: agregue al menos uno')).toBeTruthy();
    expect(helpOf('Código del suscriptor')).toBe('Escriba el código y presione Enter.');
    expect(callsOf('invoices.create')).toHaveLength(0);
  });

  it('an unknown código says so at the field, and a code typed without Enter is not billed', async () => {
    await renderScreen();
    await openSubscriber('999999');
    await waitFor(() => expect(helpOf('Código del suscriptor')).toBe('No existe un suscriptor con el código 999999.'));
    expect(screen.queryByRole('region', { name: /Suscriptor 9/ })).toBeNull();

    await user.clear(screen.getByLabelText('Código del suscriptor'));
    await user.type(screen.getByLabelText('Código del suscriptor'), '100001');
    await guardar();
    expect(helpOf('Código del suscriptor')).toBe('Código del suscriptor: presione Enter para abrir el suscriptor');
    expect(callsOf('invoices.create')).toHaveLength(0);
  });

  it('a CANCELADO subscriber is refused at the field, and the core refusal lands there too', async () => {
    serve({
      'invoices.create': () =>
        fail({
          code: 'VALIDATION',
          message: 'Código del suscriptor: 100002 está CANCELADO; no se le factura',
          issues: [{ field: 'subscriberCode', message: 'Código del suscriptor: 100002 está CANCELADO; no se le factura' }],
        }),
    });
    await renderScreen();
    await openSubscriber('100002');
    await screen.findByRole('region', { name: 'Suscriptor 100002' });
    expect(helpOf('Código del suscriptor')).toBe('Código del suscriptor: 100002 está CANCELADO; no se le puede facturar');
    expect(document.activeElement).toBe(screen.getByLabelText('Código del suscriptor'));

    await addProduct('corte');
    await guardar();
    await waitFor(() =>
      expect(helpOf('Código del suscriptor')).toBe('Código del suscriptor: 100002 está CANCELADO; no se le factura'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByLabelText('Número de factura')).toBeNull();
  });

  it('quantity 0 (or too many) is refused next to Cantidad and adds no line', async () => {
    await renderScreen();
    await addProduct('corte', '0');
    expect(helpOf('Cantidad')).toBe('Cantidad: debe ser mayor que cero');
    expect(within(screen.getByRole('table', { name: 'Productos de la factura' })).queryByText('CORTE')).toBeNull();

    await user.clear(screen.getByLabelText('Cantidad'));
    await user.type(screen.getByLabelText('Cantidad'), '1000{Enter}');
    expect(helpOf('Cantidad')).toBe('Cantidad: máximo 999');

    await user.clear(screen.getByLabelText('Cantidad'));
    await user.type(screen.getByLabelText('Cantidad'), '3{Enter}');
    const lines = screen.getByRole('table', { name: 'Productos de la factura' });
    expect(within(lines).getByText('CORTE')).toBeTruthy();
    expect(within(lines).getByLabelText('Total').textContent?.replace(/\s/g, ' ')).toBe('$ 115.500');
  });

  describe('CRÉDITO', () => {
    async function creditInvoice() {
      await renderScreen();
      await user.click(screen.getByRole('radio', { name: 'CRÉDITO' }));
      await openSubscriber('100001');
      await screen.findByRole('region', { name: 'Suscriptor 100001' });
      await addProduct('reconexion', '2');
    }

    it('shows the minimum down payment and the schedule live, before GUARDAR', async () => {
      await creditInvoice();
      // Empty down payment: the core's minimum shows as a hint, not as a fault.
      await waitFor(() => expect(helpOf('Cuota inicial')).toBe('Cuota inicial: mínimo 30 % de la deuda ($ 31.380)'));
      expect(screen.getByLabelText('Cuota inicial').getAttribute('aria-invalid')).toBe('false');

      await user.type(screen.getByLabelText('Cuota inicial'), '40.000');
      const schedule = await screen.findByRole('table', { name: 'Plan de pagos' });
      expect(within(schedule).getAllByRole('row')).toHaveLength(7);
      expect(helpOf('Cuota inicial')).toBe('Mínima: $ 31.380');
      expect(callsOf('agreements.preview').at(-1)?.[1]).toEqual({
        debt: 104_600,
        downPayment: 40_000,
        installments: 6,
        firstDueOn: '2026-12-23',
      });
    });

    it('a down payment under the minimum is refused next to its field, by the preview and by GUARDAR', async () => {
      serve({
        'invoices.create': () =>
          fail({
            code: 'VALIDATION',
            message: 'Cuota inicial: mínimo 30 % de la deuda ($ 31.380)',
            issues: [{ field: 'downPayment', message: 'Cuota inicial: mínimo 30 % de la deuda ($ 31.380)' }],
          }),
      });
      await creditInvoice();
      await user.type(screen.getByLabelText('Cuota inicial'), '10000');
      await waitFor(() => expect(screen.getByLabelText('Cuota inicial').getAttribute('aria-invalid')).toBe('true'));
      expect(helpOf('Cuota inicial')).toBe('Cuota inicial: mínimo 30 % de la deuda ($ 31.380)');
      expect(screen.queryByRole('table', { name: 'Plan de pagos' })).toBeNull();

      await guardar();
      await waitFor(() => expect(callsOf('invoices.create')).toHaveLength(1));
      expect(helpOf('Cuota inicial')).toBe('Cuota inicial: mínimo 30 % de la deuda ($ 31.380)');
      expect(screen.queryByRole('alert')).toBeNull();
      expect(screen.queryByLabelText('Número de factura')).toBeNull();
    });

    it.each([
      ['0', 'Número de cuotas: al menos 1'],
      ['61', 'Número de cuotas: máximo 60'],
    ])('%s installments: "%s" next to the field, nothing sent', async (count, message) => {
      await creditInvoice();
      await user.type(screen.getByLabelText('Cuota inicial'), '40000');
      await user.clear(screen.getByLabelText('Número de cuotas'));
      await user.type(screen.getByLabelText('Número de cuotas'), count);
      expect(helpOf('Número de cuotas')).toBe(message);

      const previews = callsOf('agreements.preview').length;
      await guardar();
      expect(helpOf('Número de cuotas')).toBe(message);
      expect(callsOf('invoices.create')).toHaveLength(0);
      expect(callsOf('agreements.preview')).toHaveLength(previews);
    });
  });

  it('double-clicking GUARDAR creates one factura, with one request key', async () => {
    const answer = deferred<Result<Output<'invoices.create'>>>();
    serve({ 'invoices.create': () => answer.promise });
    await renderScreen();
    await openSubscriber('100001');
    await screen.findByRole('region', { name: 'Suscriptor 100001' });
    await addProduct('corte');

    const button = screen.getByRole('button', { name: 'GUARDAR' });
    await user.dblClick(button);
    fireEvent.click(button);
    expect(callsOf('invoices.create')).toHaveLength(1);
    const [, input] = callsOf('invoices.create')[0]!;
    await act(async () => answer.resolve(ok(savedInvoice(input as Input<'invoices.create'>))));
    expect((await screen.findByLabelText('Número de factura')).textContent).toBe('FAC-2026-000123');
    expect(callsOf('invoices.create')).toHaveLength(1);

    // Nueva factura: an empty form with a new request key.
    serve();
    await user.click(screen.getByRole('button', { name: 'Nueva factura' }));
    await openSubscriber('100001');
    await screen.findByRole('region', { name: 'Suscriptor 100001' });
    await addProduct('corte');
    await guardar();
    await screen.findByLabelText('Número de factura');
    const keys = callsOf('invoices.create').map(([, i]) => (i as { requestKey: string }).requestKey);
    expect(keys).toHaveLength(2);
    expect(keys[0]).not.toBe(keys[1]);
  });
});
