import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { call } from '../../api';
import { ok, renderInSession } from '../../test/render';
import { PartyLookup } from './PartyLookup';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

describe('PartyLookup', () => {
  it('a number not found offers "+" with the number already typed in the form', async () => {
    mockedCall.mockResolvedValue(ok([]));
    renderInSession(<PartyLookup autoFocus />);
    await userEvent.type(screen.getByLabelText('Número de documento del tercero'), '1098765432{Enter}');
    expect(mockedCall).toHaveBeenCalledWith('parties.byDocument', { documentNumber: '1098765432' });
    expect(await screen.findByText(/No hay ningún tercero con el documento 1098765432/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'Agregar tercero' }));
    const form = await screen.findByRole('form', { name: 'Nuevo tercero' });
    expect(within(form).getByLabelText<HTMLInputElement>('Número de documento').value).toBe('1098765432');
    expect(document.activeElement).toBe(within(form).getByLabelText('Nombres'));
  });
});
