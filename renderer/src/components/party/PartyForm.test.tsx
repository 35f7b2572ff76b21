import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../api';
import { fail, ok, renderInSession } from '../../test/render';
import { PartyForm } from './PartyForm';
import type { PartyRow } from './party-draft';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const SAVED: PartyRow = {
  id: 9,
  documentType: 'CC',
  documentNumber: '1098765432',
  names: 'María Fernanda',
  surnames: 'Núñez Cabrera',
  fullName: 'María Fernanda Núñez Cabrera',
  mobile: '3101234567',
  email: '',
  address: '',
  emailConsent: false,
  emailConsentDate: null,
};

/** The helper text MUI links to a field through aria-describedby. */
function helpOf(label: string | RegExp): string {
  const input = screen.getByLabelText(label);
  const id = input.getAttribute('aria-describedby');
  return (id && document.getElementById(id)?.textContent) || '';
}

function setup(props: { party?: PartyRow; documentNumber?: string } = {}) {
  const onSaved = vi.fn();
  renderInSession(<PartyForm {...props} onSaved={onSaved} onCancel={vi.fn()} />);
  return { onSaved };
}

describe('PartyForm', () => {
  beforeEach(() => mockedCall.mockReset());

  it("shows the contract's own messages next to each wrong field and sends nothing", async () => {
    setup({ documentNumber: '12' });
    await userEvent.type(screen.getByLabelText('Celular'), '31012');
    await userEvent.click(screen.getByRole('button', { name: 'GUARDAR' }));

    expect(helpOf('Nombres')).toBe('Nombres: es obligatorio');
    expect(helpOf('Apellidos')).toBe('Apellidos: es obligatorio');
    expect(helpOf('Celular')).toBe('Celular: 10 dígitos, sin espacios');
    expect(helpOf('Número de documento')).toBe('Cédula de ciudadanía: de 5 a 10 dígitos, sin letras');
    expect(screen.getByLabelText('Nombres').getAttribute('aria-invalid')).toBe('true');
    expect(mockedCall).not.toHaveBeenCalled();
  });

  it('asks for the e-mail when the consent is checked, and dates the consent today', async () => {
    setup({ documentNumber: '1098765432' });
    await userEvent.click(screen.getByLabelText('Autorizó la notificación por correo electrónico'));
    expect(screen.getByLabelText<HTMLInputElement>('Fecha de la autorización').value).toBe('2026-11-23');
    await userEvent.type(screen.getByLabelText('Nombres'), 'Ana{Enter}');
    expect(helpOf('Correo electrónico')).toBe('Correo: es obligatorio cuando autoriza la notificación por correo electrónico');
  });

  it('Enter saves a valid tercero through parties.create', async () => {
    mockedCall.mockResolvedValue(ok(SAVED));
    const { onSaved } = setup({ documentNumber: '1098765432' });
    await userEvent.type(screen.getByLabelText('Nombres'), 'María Fernanda');
    await userEvent.type(screen.getByLabelText('Apellidos'), 'Núñez Cabrera');
    await userEvent.type(screen.getByLabelText('Celular'), '3101234567{Enter}');
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(SAVED));
    expect(mockedCall).toHaveBeenCalledWith('parties.create', {
      documentType: 'CC',
      documentNumber: '1098765432',
      names: 'María Fernanda',
      surnames: 'Núñez Cabrera',
      mobile: '3101234567',
      email: '',
      address: '',
      emailConsent: false,
      emailConsentDate: null,
    });
  });

  it("puts the core's issues on their fields", async () => {
    mockedCall.mockResolvedValue(
      fail({
        code: 'CONFLICT',
        message: 'Ya existe un tercero con CC 1098765432.',
        issues: [{ field: 'documentNumber', message: 'Número de documento: ya está registrado' }],
      }),
    );
    setup({ documentNumber: '1098765432' });
    await userEvent.type(screen.getByLabelText('Nombres'), 'Ana');
    await userEvent.type(screen.getByLabelText('Apellidos'), 'Gómez{Enter}');
    await waitFor(() => expect(helpOf('Número de documento')).toBe('Número de documento: ya está registrado'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('maps the issues of parties.update (party.<field>) and shows a message that fits no field', async () => {
    mockedCall.mockResolvedValue(
      fail({
        code: 'VALIDATION',
        message: 'Nombres: máximo 80 caracteres',
        issues: [
          { field: 'party.names', message: 'Nombres: máximo 80 caracteres' },
          { field: 'id', message: 'Identificador no válido' },
        ],
      }),
    );
    setup({ party: SAVED });
    await userEvent.click(screen.getByRole('button', { name: 'GUARDAR' }));
    expect(mockedCall).toHaveBeenCalledWith('parties.update', expect.objectContaining({ id: 9 }));
    await waitFor(() => expect(helpOf('Nombres')).toBe('Nombres: máximo 80 caracteres'));
    expect(screen.getByRole('alert').textContent).toBe('Nombres: máximo 80 caracteres');
  });
});
