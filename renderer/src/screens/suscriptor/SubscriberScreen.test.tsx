import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { call } from '../../api';
import { subscriberView } from '../../test/fixtures';
import { ok, renderInSession } from '../../test/render';
import { SubscriberScreen } from './SubscriberScreen';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

describe('SubscriberScreen', () => {
  it('código + Enter shows the subscriber: status, money in pesos, account and alto consumo', async () => {
    const view = subscriberView('100001');
    mockedCall.mockImplementation(async (name) => {
      if (name === 'subscribers.byCode') return ok(view);
      if (name === 'subscribers.view') return ok(view);
      return ok([]);
    });
    renderInSession(<SubscriberScreen active activation={1} />);
    await userEvent.type(screen.getByLabelText('Código, nombre, cédula o dirección del suscriptor'), '100001{Enter}');

    const article = await screen.findByRole('article', { name: 'Suscriptor 100001' });
    expect(mockedCall).toHaveBeenCalledWith('subscribers.view', { code: '100001' });
    const amounts = within(article);
    expect(amounts.getByLabelText('Estado: Activo')).toBeTruthy();
    expect(amounts.getByLabelText('Saldo').textContent?.replace(/\s/g, ' ')).toBe('$ 121.240');
    expect(amounts.getByLabelText('Vencido').textContent?.replace(/\s/g, ' ')).toBe('$ 58.740');
    const table = amounts.getByRole('table', { name: 'Estado de cuenta' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(amounts.getByText(/hay movimientos anteriores/)).toBeTruthy();
    expect(amounts.getByText('Alto consumo: 1 periodo')).toBeTruthy();
    await waitFor(() => expect(amounts.getByLabelText('Aseo: no')).toBeTruthy());
  });
});
