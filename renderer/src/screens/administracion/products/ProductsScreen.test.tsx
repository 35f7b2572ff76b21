import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../api';
import { fail, ok, renderInSession } from '../../../test/render';
import { ProductsScreen } from './ProductsScreen';
import type { ProductRow } from './types';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const CORTE: ProductRow = {
  id: 1,
  code: 'COR',
  name: 'CORTE',
  category: 'CARGO',
  taxable: false,
  active: true,
  price: 38_500,
  priceFrom: '2023-01-01',
  nextPrice: null,
};
const MEDIDOR: ProductRow = {
  ...CORTE,
  id: 2,
  code: 'MED',
  name: 'VENTA DE MEDIDOR',
  category: 'COMPLEMENTARIO',
  taxable: true,
  price: 165_000,
};
const VIEJO: ProductRow = { ...CORTE, id: 3, code: 'OLD', name: 'REVISIÓN ANTIGUA', active: false };

function helpOf(form: HTMLElement, label: string): string {
  const id = within(form).getByLabelText(label).getAttribute('aria-describedby');
  return (id && document.getElementById(id)?.textContent) || '';
}

const text = (el: HTMLElement) => el.textContent?.replace(/\s/g, ' ') ?? '';

function serve(products: ProductRow[] = [CORTE, MEDIDOR]) {
  mockedCall.mockImplementation(async (name, input) => {
    if (name === 'products.list') {
      const all = (input as { includeInactive: boolean }).includeInactive;
      return ok(all ? [...products, VIEJO] : products);
    }
    return fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` });
  });
}

async function table() {
  return screen.findByRole('table', { name: 'Productos' });
}

describe('ProductsScreen', () => {
  beforeEach(() => mockedCall.mockReset());

  it('lists the catalog in Spanish, filters by text and shows inactive products on request', async () => {
    serve([CORTE, { ...MEDIDOR, nextPrice: { price: 170_000, validFrom: '2026-12-01' } }]);
    renderInSession(<ProductsScreen active activation={1} />);
    const rows = within(await table()).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(text(rows[1]!)).toContain('CORTECargo$ 38.500');
    expect(text(rows[2]!)).toContain('Complementario$ 165.000');
    expect(text(rows[2]!)).toContain('$ 170.000 desde 01/12/2026');
    expect(text(rows[2]!)).toContain('Sí');

    await userEvent.type(screen.getByLabelText('Buscar producto'), 'medidor');
    expect(within(await table()).getAllByRole('row')).toHaveLength(2);
    await userEvent.clear(screen.getByLabelText('Buscar producto'));
    await userEvent.type(screen.getByLabelText('Buscar producto'), 'agua');
    expect(screen.getByText('Ningún producto coincide con «agua».')).toBeTruthy();
    await userEvent.clear(screen.getByLabelText('Buscar producto'));

    await userEvent.click(screen.getByLabelText('Mostrar inactivos'));
    expect(mockedCall).toHaveBeenLastCalledWith('products.list', { includeInactive: true });
    await waitFor(async () => expect(within(await table()).getAllByRole('row')).toHaveLength(4));
    expect(screen.getByText('Inactivo')).toBeTruthy();
  });

  it('Nuevo producto: messages next to each field and nothing sent, then the parsed price is sent', async () => {
    serve();
    renderInSession(<ProductsScreen active activation={1} />);
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'NUEVO PRODUCTO' }));
    const form = await screen.findByRole('form', { name: 'Nuevo producto' });
    await userEvent.type(within(form).getByLabelText('Código'), 'X{Enter}');
    expect(helpOf(form, 'Código')).toBe('Código: de 2 a 10 letras o dígitos');
    expect(helpOf(form, 'Nombre')).toBe('Nombre: es obligatorio');
    expect(helpOf(form, 'Precio')).toBe('Precio: escriba un valor en pesos');
    expect(mockedCall).not.toHaveBeenCalledWith('products.create', expect.anything());

    const created: ProductRow = { ...CORTE, id: 9, code: 'INS', name: 'INSPECCIÓN TÉCNICA', price: 45_000 };
    mockedCall.mockResolvedValueOnce(ok(created));
    await userEvent.clear(within(form).getByLabelText('Código'));
    await userEvent.type(within(form).getByLabelText('Código'), 'ins');
    await userEvent.type(within(form).getByLabelText('Nombre'), 'Inspección técnica');
    await userEvent.selectOptions(within(form).getByLabelText('Categoría'), 'Especial');
    await userEvent.click(within(form).getByLabelText('Gravado'));
    await userEvent.type(within(form).getByLabelText('Precio'), '45.000{Enter}');
    expect(mockedCall).toHaveBeenCalledWith('products.create', {
      code: 'ins',
      name: 'Inspección técnica',
      category: 'ESPECIAL',
      taxable: true,
      price: 45_000,
    });
  });

  it('shows the core refusing a duplicate code next to the field', async () => {
    serve();
    renderInSession(<ProductsScreen active activation={1} />);
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'NUEVO PRODUCTO' }));
    const form = await screen.findByRole('form', { name: 'Nuevo producto' });
    mockedCall.mockResolvedValueOnce(
      fail({
        code: 'CONFLICT',
        message: 'Ya existe un producto con el código COR.',
        issues: [{ field: 'code', message: 'Código: ya existe COR' }],
      }),
    );
    await userEvent.type(within(form).getByLabelText('Código'), 'COR');
    await userEvent.type(within(form).getByLabelText('Nombre'), 'Corte nuevo');
    await userEvent.type(within(form).getByLabelText('Precio'), '1000{Enter}');
    await waitFor(() => expect(helpOf(form, 'Código')).toBe('Código: ya existe COR'));
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it('Cambiar precio: a past date is refused on the field without calling; a future one keeps today’s price', async () => {
    serve();
    renderInSession(<ProductsScreen active activation={1} />);
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Cambiar precio de COR' }));
    const form = await screen.findByRole('form', { name: 'Cambiar precio de COR' });
    expect(within(form).getByText(/conservan el precio con que se hicieron/)).toBeTruthy();
    expect(within(form).getByLabelText<HTMLInputElement>('Vigente desde').value).toBe('2026-11-23');

    await userEvent.type(within(form).getByLabelText('Nuevo precio'), '40000');
    const date = within(form).getByLabelText('Vigente desde');
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-22');
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(helpOf(form, 'Vigente desde')).toBe('Vigente desde: no puede ser una fecha pasada');
    expect(mockedCall).not.toHaveBeenCalledWith('products.setPrice', expect.anything());

    mockedCall.mockResolvedValueOnce(ok({ ...CORTE, nextPrice: { price: 40_000, validFrom: '2026-11-24' } }));
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-24');
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(mockedCall).toHaveBeenCalledWith('products.setPrice', { productId: 1, price: 40_000, validFrom: '2026-11-24' });
    expect(text(await screen.findByRole('status'))).toBe('Precio de COR guardado. Hoy: $ 38.500. Desde el 24/11/2026: $ 40.000.');
    expect(text(within(await table()).getAllByRole('row')[1]!)).toContain('$ 38.500');
    expect(text(within(await table()).getAllByRole('row')[1]!)).toContain('$ 40.000 desde 24/11/2026');
  });

  it('Editar can deactivate a product, which then leaves the list unless inactive ones are shown', async () => {
    serve();
    renderInSession(<ProductsScreen active activation={1} />);
    await table();
    await userEvent.click(screen.getByRole('button', { name: 'Editar de MED' }));
    const form = await screen.findByRole('form', { name: 'Editar producto MED' });
    mockedCall.mockResolvedValueOnce(ok({ ...MEDIDOR, active: false }));
    await userEvent.click(within(form).getByLabelText('Activo'));
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(mockedCall).toHaveBeenCalledWith('products.update', {
      id: 2,
      name: 'VENTA DE MEDIDOR',
      category: 'COMPLEMENTARIO',
      taxable: true,
      active: false,
    });
    await waitFor(async () => expect(within(await table()).getAllByRole('row')).toHaveLength(2));
  });

  it('Historial de precios marks the scheduled price and the one in force', async () => {
    serve();
    renderInSession(<ProductsScreen active activation={1} />);
    await table();
    mockedCall.mockResolvedValueOnce(
      ok([
        { price: 40_000, validFrom: '2026-12-01', createdAt: '2026-11-23T14:00:00.000Z' },
        { price: 38_500, validFrom: '2023-01-01', createdAt: '2023-01-01T12:00:00.000Z' },
      ]),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Historial de precios de COR' }));
    const rows = within(await screen.findByRole('table', { name: 'Historial de precios' })).getAllByRole('row');
    expect(mockedCall).toHaveBeenLastCalledWith('products.prices', { productId: 1 });
    expect(text(rows[1]!)).toMatch(/^01\/12\/2026\$ 40\.000.*Programado$/);
    expect(text(rows[2]!)).toMatch(/^01\/01\/2023\$ 38\.500.*Vigente$/);
  });
});
