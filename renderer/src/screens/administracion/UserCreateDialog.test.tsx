import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../api';
import { fail, renderInSession } from '../../test/render';
import { UserCreateDialog } from './UserCreateDialog';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

function helpOf(form: HTMLElement, label: string): string {
  const id = within(form).getByLabelText(label).getAttribute('aria-describedby');
  return (id && document.getElementById(id)?.textContent) || '';
}

describe('UserCreateDialog', () => {
  beforeEach(() => mockedCall.mockReset());

  it("checks with users.create's schema, then shows the core's conflict on the username", async () => {
    renderInSession(<UserCreateDialog open onClose={vi.fn()} onCreated={vi.fn()} />);
    const form = screen.getByRole('form', { name: 'Nuevo usuario' });
    await userEvent.type(within(form).getByLabelText('Usuario'), 'Luz Dary');
    await userEvent.type(within(form).getByLabelText('Contraseña inicial'), 'corta{Enter}');
    expect(helpOf(form, 'Usuario')).toBe('Usuario: solo letras sin tilde, números, punto, guion');
    expect(helpOf(form, 'Nombre completo')).toBe('Nombre completo: es obligatorio');
    expect(helpOf(form, 'Contraseña inicial')).toBe('Contraseña: mínimo 10 caracteres');
    expect(mockedCall).not.toHaveBeenCalled();

    mockedCall.mockResolvedValue(
      fail({
        code: 'CONFLICT',
        message: 'Ya existe el usuario «lplaza».',
        issues: [{ field: 'username', message: 'Usuario: ya existe' }],
      }),
    );
    await userEvent.clear(within(form).getByLabelText('Usuario'));
    await userEvent.type(within(form).getByLabelText('Usuario'), 'lplaza');
    await userEvent.type(within(form).getByLabelText('Nombre completo'), 'Luz Dary Plaza');
    await userEvent.clear(within(form).getByLabelText('Contraseña inicial'));
    await userEvent.type(within(form).getByLabelText('Contraseña inicial'), 'Macondo-Rio-771{Enter}');
    await waitFor(() => expect(helpOf(form, 'Usuario')).toBe('Usuario: ya existe'));
    expect(mockedCall).toHaveBeenCalledWith('users.create', {
      username: 'lplaza',
      fullName: 'Luz Dary Plaza',
      documentNumber: '',
      role: 'ASESOR',
      password: 'Macondo-Rio-771',
    });
  });
});
