import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { CompanyProfile } from '../../../../../electron/core/contract/company.contract';
import { call } from '../../../api';
import { useCompany } from '../../../api/company';
import { SESSION, ok, renderInSession } from '../../../test/render';
import { CompanyScreen } from './CompanyScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PROFILE: CompanyProfile = {
  name: 'AGUAS DE FLORENCIA DEMO S.A. E.S.P.',
  nit: '900123456-8',
  address: 'Carrera 11 # 15-32, Centro',
  phone: '(608) 435 0000',
  city: 'Florencia, Caquetá',
  logo: 'data:image/png;base64,iVBORw0KGgo=',
  currency: 'COP',
  locale: 'es-CO',
};

const MEXICO_SESSION = {
  ...SESSION,
  office: { timeZone: 'America/Bogota', locale: 'es-MX', currency: 'MXN' },
} satisfies typeof SESSION;

function helpOf(form: HTMLElement, label: string): string {
  const id = within(form).getByLabelText(label).getAttribute('aria-describedby');
  return (id && document.getElementById(id)?.textContent) || '';
}

async function openForm() {
  const { session } = renderInSession(<CompanyScreen active activation={1} />);
  return Object.assign(await screen.findByRole('form', { name: 'Datos de la empresa' }), { session });
}

const png = (size: number) => {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_HEADER);
  return new File([bytes], 'logo.png', { type: 'image/png' });
};

describe('CompanyScreen', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    mockedCall.mockImplementation(async (name, input) => {
      if (name === 'auth.session') return ok(MEXICO_SESSION);
      return name === 'company.update' ? ok(input as CompanyProfile) : ok(PROFILE);
    });
  });

  it('shows the profile and puts the schema’s message next to the field, sending nothing', async () => {
    const form = await openForm();
    expect(within(form).getByLabelText<HTMLInputElement>('NIT').value).toBe('900123456-8');
    expect(within(form).getByRole('img', { name: 'Logo de la empresa' }).getAttribute('src')).toBe(PROFILE.logo);
    await userEvent.clear(within(form).getByLabelText('Nombre de la empresa'));
    await userEvent.type(within(form).getByLabelText('Teléfono'), '{Enter}');
    expect(helpOf(form, 'Nombre de la empresa')).toBe('Nombre de la empresa: es obligatorio');
    expect(mockedCall).not.toHaveBeenCalledWith('company.update', expect.anything());
  });

  it('refuses a logo over 200 KB or not an image before sending, and keeps the logo it had', async () => {
    const form = await openForm();
    const file = within(form).getByLabelText('Archivo del logo');
    await userEvent.upload(file, png(201 * 1024));
    await waitFor(() => expect(helpOf(form, 'Archivo del logo')).toBe('Logo: máximo 200 KB; este archivo pesa 201 KB'));
    await userEvent.upload(file, new File(['<svg/>'], 'logo.png', { type: 'image/png' }));
    await waitFor(() => expect(helpOf(form, 'Archivo del logo')).toBe('Logo: debe ser una imagen PNG o JPG'));
    expect(within(form).getByRole('img', { name: 'Logo de la empresa' }).getAttribute('src')).toBe(PROFILE.logo);

    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(mockedCall).toHaveBeenCalledWith('company.update', PROFILE);
  });

  it('saves a new name, currency and logo, and can remove the logo', async () => {
    const form = await openForm();
    await userEvent.clear(within(form).getByLabelText('Nombre de la empresa'));
    await userEvent.type(within(form).getByLabelText('Nombre de la empresa'), 'AGUAS DEL SUR S.A. E.S.P.');
    await userEvent.selectOptions(within(form).getByLabelText('Moneda'), 'MXN — Peso mexicano');
    await userEvent.upload(within(form).getByLabelText('Archivo del logo'), png(12));
    const logo = 'data:image/png;base64,iVBORw0KGgoAAAAA';
    await waitFor(() => expect(within(form).getByRole('img', { name: 'Logo de la empresa' }).getAttribute('src')).toBe(logo));
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(mockedCall).toHaveBeenCalledWith('company.update', {
      ...PROFILE,
      name: 'AGUAS DEL SUR S.A. E.S.P.',
      currency: 'MXN',
      logo,
    });
    expect((await within(form).findByRole('status')).textContent).toMatch(/Datos de la empresa guardados/);

    await userEvent.click(within(form).getByRole('button', { name: 'Quitar logo' }));
    expect(within(form).queryByRole('img')).toBeNull();
    expect(within(form).getByText('Sin logo')).toBeTruthy();
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(mockedCall).toHaveBeenCalledWith('company.update', expect.objectContaining({ logo: '' }));
  });

  it('hands the session’s new locale and currency to the window once saved, so dates and amounts follow', async () => {
    const form = await openForm();
    await userEvent.selectOptions(within(form).getByLabelText('Moneda'), 'MXN — Peso mexicano');
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    await waitFor(() => expect(form.session.refresh).toHaveBeenCalledWith(MEXICO_SESSION));
    expect(mockedCall.mock.calls.map(([name]) => name)).toEqual(['company.get', 'company.update', 'auth.session']);
  });

  it('reads the session’s company profile once, and what is saved is what every document header shows next', async () => {
    function Header() {
      const { company } = useCompany();
      return <p>Encabezado: {company?.name}</p>;
    }
    renderInSession(
      <>
        <Header />
        <CompanyScreen active activation={1} />
      </>,
    );
    const form = await screen.findByRole('form', { name: 'Datos de la empresa' });
    expect(screen.getByText(`Encabezado: ${PROFILE.name}`)).toBeTruthy();
    await userEvent.clear(within(form).getByLabelText('Nombre de la empresa'));
    await userEvent.type(within(form).getByLabelText('Nombre de la empresa'), 'AGUAS DEL SUR S.A. E.S.P.');
    expect(screen.getByText(`Encabezado: ${PROFILE.name}`)).toBeTruthy();
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(await screen.findByText('Encabezado: AGUAS DEL SUR S.A. E.S.P.')).toBeTruthy();
    expect(within(form).getByLabelText<HTMLInputElement>('Nombre de la empresa').value).toBe('AGUAS DEL SUR S.A. E.S.P.');
    expect(mockedCall.mock.calls.filter(([name]) => name === 'company.get')).toHaveLength(1);
  });

  it('keeps the window’s office when the profile is refused', async () => {
    const form = await openForm();
    mockedCall.mockImplementation(async () => ({ ok: false, error: { code: 'VALIDATION', message: 'NIT: es obligatorio' } }));
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(await within(form).findByRole('alert')).toBeTruthy();
    expect(form.session.refresh).not.toHaveBeenCalled();
  });
});
