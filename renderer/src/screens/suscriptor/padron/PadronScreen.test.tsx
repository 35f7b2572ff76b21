import { screen, waitFor, within } from '@testing-library/react';
import userEventLib, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../api';
import { HISTORY } from '../../../components/padron/padron-fixtures';
import { ok, renderInSession } from '../../../test/render';
import { callsOf, fill, guardar, helpOf, refusal, serve, sessionOf } from './padron.test-support';
import { PadronScreen } from './PadronScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));

let user: UserEvent;

async function altaForm() {
  return within(await screen.findByRole('form', { name: 'Alta de suscriptor' }));
}

/** A complete matrícula, typed as the supervisor would: Enter from one field to the next. */
async function fillMatricula(form: ReturnType<typeof within>) {
  await user.type(form.getByLabelText('Código del suscriptor'), '900001{Enter}');
  await waitFor(() => expect(document.activeElement).toBe(form.getByLabelText('Dirección')));
  await user.paste('Calle 12 # 7-45');
  await user.keyboard('{Enter}');
  await waitFor(() => expect(document.activeElement).toBe(form.getByLabelText('Barrio')));
  await user.paste('La Consolata');
  await user.selectOptions(form.getByLabelText('Zona'), 'FLORENCIA');
  await user.selectOptions(form.getByLabelText('Ruta'), '01-002 · FLORENCIA RUTA 2');
  await fill(user, form.getByLabelText('Estrato'), '2');
  await user.click(form.getByLabelText('ASEO'));
  await fill(user, form.getByLabelText('Serial del medidor'), 'a19-552301');
  await fill(user, form.getByLabelText('Marca del medidor'), 'Itron');
  await user.keyboard('{Enter}');
  await waitFor(() => expect(document.activeElement).toBe(form.getByLabelText('Número de documento del tercero')));
  await user.paste('1117512345');
  await user.keyboard('{Enter}');
  await waitFor(() => expect(form.getByRole('status', { name: 'Tercero elegido' }).textContent).toMatch(/Jhon Fredy Perdomo/));
}

describe('SUSCRIPTOR → Padrón: alta de suscriptor', () => {
  beforeEach(() => {
    user = userEventLib.setup({ delay: null });
    vi.mocked(call).mockReset();
    serve();
  });

  it('registers the subscriber with its predio, services, meter and titular, and shows its código', async () => {
    renderInSession(<PadronScreen active activation={1} />, sessionOf('SUPERVISOR'));
    const form = await altaForm();
    await fillMatricula(form);
    await waitFor(() => expect(document.activeElement).toBe(guardar()));
    await user.keyboard('{Enter}');

    expect((await screen.findByLabelText('Código del suscriptor matriculado')).textContent).toBe('900001');
    expect(callsOf('padron.register')).toHaveLength(1);
    expect(callsOf('padron.register')[0]![1]).toEqual({
      requestKey: expect.any(String),
      code: '900001',
      ownerPartyId: 9,
      address: 'Calle 12 # 7-45',
      neighborhood: 'La Consolata',
      zoneId: 1,
      routeId: 12,
      landUse: 'RESIDENCIAL',
      stratum: 2,
      aqueduct: true,
      sewer: true,
      waste: false,
      hasMeter: true,
      meterSerial: 'a19-552301',
      meterBrand: 'Itron',
    });

    // A new matrícula is a new form: empty, with a request key of its own.
    await user.click(screen.getByRole('button', { name: 'NUEVA MATRÍCULA' }));
    expect(((await altaForm()).getByLabelText('Código del suscriptor') as HTMLInputElement).value).toBe('');
  });

  it('says on each field what to fix, sends nothing the contract refuses, and keeps the draft when the core refuses', async () => {
    serve({ 'padron.register': () => refusal('code', 'Código del suscriptor: ya existe el suscriptor 900001') });
    renderInSession(<PadronScreen active activation={1} />, sessionOf('SUPERVISOR'));
    const form = await altaForm();

    await user.click(guardar());
    expect(helpOf(form.getByLabelText('Código del suscriptor'))).toBe('Código del suscriptor: es obligatorio');
    expect(helpOf(form.getByLabelText('Zona'))).toBe('Zona: elija una de la lista');
    expect(form.getByText('Titular: búsquelo por su documento o agréguelo con +')).toBeTruthy();
    expect(callsOf('padron.register')).toHaveLength(0);

    await fillMatricula(form);
    await fill(user, form.getByLabelText('Estrato'), '7');
    await user.click(guardar());
    expect(helpOf(form.getByLabelText('Estrato'))).toBe('Estrato: de 1 a 6');
    expect(callsOf('padron.register')).toHaveLength(0);

    await fill(user, form.getByLabelText('Estrato'), '3');
    await user.click(guardar());
    await waitFor(() =>
      expect(helpOf(form.getByLabelText('Código del suscriptor'))).toBe('Código del suscriptor: ya existe el suscriptor 900001'),
    );
    await waitFor(() => expect(document.activeElement).toBe(form.getByLabelText('Código del suscriptor')));
    expect(screen.queryByLabelText('Código del suscriptor matriculado')).toBeNull();
    expect((form.getByLabelText('Dirección') as HTMLInputElement).value).toBe('Calle 12 # 7-45');
  });

  it('puts the ruta of another zona on the Ruta field, in the core words', async () => {
    const message = 'Ruta: la ruta 01-002 es de la zona FLORENCIA, no de CURILLO';
    serve({ 'padron.register': () => refusal('routeId', message) });
    renderInSession(<PadronScreen active activation={1} />, sessionOf('SUPERVISOR'));
    const form = await altaForm();
    await fillMatricula(form);
    await user.click(guardar());
    await waitFor(() => expect(helpOf(form.getByLabelText('Ruta'))).toBe(message));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('SUSCRIPTOR → Padrón: what each role sees', () => {
  beforeEach(() => {
    user = userEventLib.setup({ delay: null });
    vi.mocked(call).mockReset();
    serve();
  });

  it('the director only moves the state of a subscriber he opens; no alta, no lists read', async () => {
    renderInSession(<PadronScreen active activation={1} />, sessionOf('DIRECTOR_COMERCIAL'));
    expect(screen.queryByRole('tab')).toBeNull();
    expect(screen.queryByRole('form', { name: 'Alta de suscriptor' })).toBeNull();
    await user.type(screen.getByLabelText('Código del suscriptor'), '100001{Enter}');
    const actions = await screen.findByRole('toolbar', { name: 'Acciones del padrón' });
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual(['CAMBIAR ESTADO']);
    expect(callsOf('padron.options')).toHaveLength(0);
  });

  it('the administrator, with no SUSCRIPTOR menu of his own, has the alta and opens an existing subscriber, without its account', async () => {
    serve({ 'padron.history': () => ok(HISTORY) });
    renderInSession(<PadronScreen active activation={1} />, sessionOf('ADMIN'));
    await altaForm();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual([
      'Alta de suscriptor (matrícula)',
      'Suscriptor existente',
    ]);
    await user.click(screen.getByRole('tab', { name: 'Suscriptor existente' }));
    const part = within(screen.getByRole('region', { name: 'Suscriptor existente' }));
    await user.type(part.getByLabelText('Código del suscriptor'), '100001{Enter}');

    const card = await part.findByRole('region', { name: 'Suscriptor 100001' });
    expect(card.textContent).toContain('Esperanza Torres Muñoz');
    expect(within(card).getByLabelText('Estado: Activo')).toBeTruthy();
    expect(within(card).queryByLabelText('Saldo')).toBeNull();
    const actions = part.getByRole('toolbar', { name: 'Acciones del padrón' });
    expect(within(actions).getAllByRole('button').map((b) => b.textContent)).toEqual([
      'EDITAR DATOS',
      'CAMBIAR ESTADO',
      'CAMBIO DE TITULAR',
    ]);
    expect(await part.findByRole('region', { name: 'Titulares (2)' })).toBeTruthy();
    expect(callsOf('padron.subscriber').map(([, input]) => input)).toEqual([{ code: '100001' }]);
    expect(callsOf('subscribers.view')).toHaveLength(0);
  });

  it('a código the padrón does not have is refused on the field, in the core words', async () => {
    renderInSession(<PadronScreen active activation={1} />, sessionOf('ADMIN'));
    await user.click(await screen.findByRole('tab', { name: 'Suscriptor existente' }));
    const field = within(screen.getByRole('region', { name: 'Suscriptor existente' })).getByLabelText('Código del suscriptor');
    await user.type(field, '999999{Enter}');
    await waitFor(() => expect(helpOf(field)).toBe('No existe un suscriptor con el código 999999.'));
    expect(screen.queryByRole('toolbar', { name: 'Acciones del padrón' })).toBeNull();
  });
});
