import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Output } from '../../../api';
import { SESSION, fail, fakeSession, ok, renderInSession } from '../../../test/render';
import { CatalogsScreen } from './CatalogsScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const ADMIN = fakeSession({
  info: {
    ...SESSION,
    user: { ...SESSION.user, username: 'admin', fullName: 'Administrador', role: 'ADMIN' },
    modules: ['ADMINISTRACION'],
  },
});

type Zone = Output<'zones.list'>[number];
const FLORENCIA: Zone = { id: 1, name: 'FLORENCIA', municipality: 'Florencia', active: true };
const MILAN: Zone = { id: 2, name: 'MILÁN', municipality: 'Milán', active: false };
const SERVICES: Output<'services.list'> = [
  { id: 'ACUEDUCTO', name: 'ACUEDUCTO', active: true },
  { id: 'ALCANTARILLADO', name: 'ALCANTARILLADO', active: true },
  { id: 'ASEO', name: 'ASEO', active: false },
];

/** Lists answered from fixtures; anything else fails loudly unless a test answers it first. */
function serve(lists: Partial<Record<string, unknown[]>> = {}) {
  const all: Record<string, unknown[]> = {
    'zones.list': [FLORENCIA, MILAN],
    'routes.list': [],
    'causes.list': [],
    'services.list': SERVICES,
    'products.list': [],
    ...lists,
  };
  mockedCall.mockImplementation(async (name) => {
    const list = all[name];
    return list ? ok(list as never) : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` });
  });
}

const text = (el: HTMLElement) => el.textContent?.replace(/\s/g, ' ') ?? '';

async function openTab(name: string) {
  await userEvent.click(screen.getByRole('tab', { name }));
  return screen.findByRole('table', { name });
}

/** The message MUI writes under a field, as screen readers reach it from the field. */
function messageOf(field: HTMLElement): string {
  expect(field.getAttribute('aria-invalid')).toBe('true');
  const ids = field.getAttribute('aria-describedby') ?? '';
  return ids
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
}

describe('ADMINISTRACIÓN → Catálogos', () => {
  beforeEach(() => mockedCall.mockReset());

  it('lists a catalog with its inactive entries greyed, searches as one types, and creates an entry', async () => {
    serve();
    renderInSession(<CatalogsScreen active activation={1} />, ADMIN);
    const table = await screen.findByRole('table', { name: 'Zonas' });
    const milan = within(table).getByRole('row', { name: /MILÁN/ });
    expect(text(milan)).toContain('Inactivo');
    expect(getComputedStyle(milan).opacity).not.toBe('1');
    expect(mockedCall).toHaveBeenCalledWith('zones.list', { includeInactive: true });

    await userEvent.type(screen.getByLabelText('Buscar en zonas'), 'florencia');
    await waitFor(() => expect(mockedCall).toHaveBeenCalledWith('zones.list', { includeInactive: true, q: 'florencia' }));
    await userEvent.click(screen.getByLabelText('Mostrar inactivos'));
    await waitFor(() => expect(mockedCall).toHaveBeenCalledWith('zones.list', { includeInactive: false, q: 'florencia' }));

    await userEvent.click(screen.getByRole('button', { name: 'NUEVA ZONA' }));
    const form = await screen.findByRole('form', { name: 'Nueva zona' });
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(messageOf(within(form).getByLabelText('Nombre'))).toContain('Nombre: es obligatorio');
    expect(mockedCall).not.toHaveBeenCalledWith('zones.create', expect.anything());

    mockedCall.mockResolvedValueOnce(ok({ id: 9, name: 'EL PAUJIL', municipality: 'El Paujil', active: true }));
    await userEvent.type(within(form).getByLabelText('Nombre'), 'el paujil');
    await userEvent.type(within(form).getByLabelText('Municipio'), 'El Paujil{Enter}');
    expect(mockedCall).toHaveBeenCalledWith('zones.create', { name: 'el paujil', municipality: 'El Paujil' });
    expect(text(await screen.findByRole('status'))).toBe('Se creó la zona EL PAUJIL.');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Nueva zona' })).toBeNull());
  });

  it('a ruta picks its zona among the active ones; the core’s refusal lands on the field it is about, the draft kept', async () => {
    serve();
    renderInSession(<CatalogsScreen active activation={1} />, ADMIN);
    await screen.findByRole('table', { name: 'Zonas' });
    await openTab('Rutas');
    await userEvent.click(screen.getByRole('button', { name: 'NUEVA RUTA' }));
    const form = await screen.findByRole('form', { name: 'Nueva ruta' });
    const zone = within(form).getByLabelText<HTMLSelectElement>('Zona');
    await waitFor(() =>
      expect(
        within(zone)
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Elija…', 'FLORENCIA']),
    );
    await userEvent.selectOptions(zone, 'FLORENCIA');
    await userEvent.type(within(form).getByLabelText('Código'), '07-001');
    await userEvent.type(within(form).getByLabelText('Nombre'), 'Centro');

    const taken = 'Código: ya existe la ruta 07-001';
    mockedCall.mockResolvedValueOnce(fail({ code: 'VALIDATION', message: taken, issues: [{ field: 'code', message: taken }] }));
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(mockedCall).toHaveBeenCalledWith('routes.create', { zoneId: 1, code: '07-001', name: 'Centro' });
    await waitFor(() => expect(messageOf(within(form).getByLabelText('Código'))).toContain(taken));
    expect(within(form).queryByRole('alert')).toBeNull();
    expect(within(form).getByLabelText<HTMLInputElement>('Código').value).toBe('07-001');
    expect(zone.value).toBe('1');
  });

  it('a causal sends its flags, terms and product as the contract wants; a refusal about a flag shows on its checkbox', async () => {
    serve({ 'products.list': [{ code: 'REC', name: 'RECONEXIÓN DEL SERVICIO', active: true }] });
    renderInSession(<CatalogsScreen active activation={1} />, ADMIN);
    await screen.findByRole('table', { name: 'Zonas' });
    await openTab('Causales');
    await userEvent.click(screen.getByRole('button', { name: 'NUEVA CAUSAL' }));
    const form = await screen.findByRole('form', { name: 'Nueva causal' });
    const service = within(form).getByLabelText('Servicio');
    await waitFor(() => expect(within(service).getAllByRole('option')).toHaveLength(3));
    await userEvent.selectOptions(service, 'ACUEDUCTO');
    await userEvent.type(within(form).getByLabelText('Nombre'), 'Reinstalación');
    await userEvent.selectOptions(within(form).getByLabelText('Grupo SUI'), 'P');
    await userEvent.type(within(form).getByLabelText('Código SUI'), '203');
    await userEvent.type(within(form).getByLabelText('Término en horas'), '24');
    await userEvent.selectOptions(within(form).getByLabelText('Producto que se debe pagar'), 'REC — RECONEXIÓN DEL SERVICIO');
    await userEvent.click(within(form).getByLabelText('Deja ACTIVO al suscriptor'));

    const needsReport = 'Informe de terreno: una causal que cierra con el informe o deja ACTIVO al suscriptor lo necesita';
    mockedCall.mockResolvedValueOnce(
      fail({ code: 'VALIDATION', message: needsReport, issues: [{ field: 'requiresFieldReport', message: needsReport }] }),
    );
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(mockedCall).toHaveBeenCalledWith('causes.create', {
      service: 'ACUEDUCTO',
      name: 'Reinstalación',
      suiGroup: 'P',
      suiCode: '203',
      assignedBy: 'SUPERVISOR',
      termDays: null,
      termHours: 24,
      gateProductCode: 'REC',
      needsAppointment: false,
      requiresFieldReport: false,
      closesWithReport: false,
      restoresService: true,
    });
    await waitFor(() => expect(messageOf(within(form).getByLabelText('Informe de terreno'))).toBe(needsReport));
  });

  it('deactivates only after confirming, shows the core’s refusal when open records use the entry, and activates at once', async () => {
    serve();
    renderInSession(<CatalogsScreen active activation={1} />, ADMIN);
    await screen.findByRole('table', { name: 'Zonas' });
    await userEvent.click(screen.getByRole('button', { name: 'Desactivar la zona FLORENCIA' }));
    const dialog = await screen.findByRole('dialog');
    expect(text(dialog)).toContain('¿Desactivar la zona FLORENCIA?');

    const refusal = 'No se puede desactivar la zona FLORENCIA: tiene 3 rutas activas; desactívelas primero.';
    mockedCall.mockResolvedValueOnce(fail({ code: 'RULE', message: refusal }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'DESACTIVAR' }));
    expect(mockedCall).toHaveBeenCalledWith('zones.setActive', { id: 1, active: false });
    expect(text(await screen.findByRole('alert'))).toBe(refusal);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    mockedCall.mockResolvedValueOnce(ok({ ...MILAN, active: true }));
    await userEvent.click(screen.getByRole('button', { name: 'Activar la zona MILÁN' }));
    expect(mockedCall).toHaveBeenCalledWith('zones.setActive', { id: 2, active: true });
    expect(text(await screen.findByRole('status'))).toBe('Se activó la zona MILÁN.');
  });

  it('services are renamed and deactivated, never created', async () => {
    serve();
    renderInSession(<CatalogsScreen active activation={1} />, ADMIN);
    await screen.findByRole('table', { name: 'Zonas' });
    const table = await openTab('Servicios');
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(mockedCall).toHaveBeenCalledWith('services.list', { includeInactive: true });
    expect(screen.queryByRole('button', { name: /^NUEV/ })).toBeNull();
    expect(screen.queryByLabelText(/^Buscar/)).toBeNull();
    expect(screen.getByRole('button', { name: 'Editar el servicio ACUEDUCTO' })).toBeTruthy();
  });
});
