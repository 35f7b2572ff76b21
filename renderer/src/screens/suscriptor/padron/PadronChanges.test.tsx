import { screen, waitFor, within } from '@testing-library/react';
import userEventLib, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Input } from '../../../api';
import { HISTORY, registered } from '../../../components/padron/padron-fixtures';
import { subscriberRecord } from '../../../test/fixtures';
import { ok, renderInSession } from '../../../test/render';
import { BUYER, callsOf, fill, guardar, helpOf, refusal, serve, sessionOf } from './padron.test-support';
import { PadronScreen } from './PadronScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));

let user: UserEvent;

/** Suscriptor existente → código + Enter → one of the padrón's buttons. */
async function openAndChoose(action: string) {
  renderInSession(<PadronScreen active activation={1} />, sessionOf('SUPERVISOR'));
  await user.click(await screen.findByRole('tab', { name: 'Suscriptor existente' }));
  const part = within(screen.getByRole('region', { name: 'Suscriptor existente' }));
  await user.type(part.getByLabelText('Código del suscriptor'), '100001{Enter}');
  await user.click(await screen.findByRole('button', { name: action }));
  const form = await screen.findByRole('form', { name: new RegExp(`suscriptor 100001$`) });
  // The form puts the focus on its first field after a frame, as the user sees it: type after that.
  await waitFor(() => expect(form.contains(document.activeElement)).toBe(true));
  return within(form);
}

describe('SUSCRIPTOR → Padrón: an opened subscriber', () => {
  beforeEach(() => {
    user = userEventLib.setup({ delay: null });
    vi.mocked(call).mockReset();
  });

  it('offers the other states; a move the lifecycle refuses comes back with the core message on Nuevo estado', async () => {
    const message = 'El suscriptor 100001 está CORTADO: no pasa a SUSPENDIDO; desde CORTADO solo pasa a ACTIVO, CANCELADO.';
    serve(
      { 'padron.changeStatus': () => refusal('to', message, 'RULE'), 'padron.history': () => ok(HISTORY) },
      { ...subscriberRecord('100001'), status: 'CORTADO' },
    );
    const form = await openAndChoose('CAMBIAR ESTADO');
    const to = form.getByLabelText('Nuevo estado');
    await waitFor(() => expect(document.activeElement).toBe(to));
    expect(within(to).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Elija el estado…',
      'ACTIVO',
      'SUSPENDIDO',
      'CANCELADO',
    ]);

    await user.click(guardar());
    expect(helpOf(to)).toBe('Estado: elija uno de la lista');
    expect(helpOf(form.getByLabelText('Motivo'))).toBe('Motivo: explique en al menos 10 caracteres');
    expect(callsOf('padron.changeStatus')).toHaveLength(0);

    await user.selectOptions(to, 'SUSPENDIDO');
    await fill(user, form.getByLabelText('Documento que lo ordena'), 'RES-2026-014');
    await fill(user, form.getByLabelText('Motivo'), 'Orden de la superintendencia');
    await user.click(guardar());
    await waitFor(() => expect(helpOf(to)).toBe(message));
    expect(callsOf('padron.changeStatus')[0]![1]).toEqual({
      code: '100001',
      to: 'SUSPENDIDO',
      effectiveOn: '2026-11-23',
      reason: 'Orden de la superintendencia',
      document: 'RES-2026-014',
    });
    expect(screen.queryByText(/quedó/)).toBeNull();
    // The history of the subscriber is under the form.
    expect(screen.getByRole('region', { name: 'Titulares (2)' })).toBeTruthy();
  });

  it('cambio de titular: the new tercero by cédula, the date and the documents presented', async () => {
    serve({
      'padron.changeOwner': (input) => {
        const i = input as Input<'padron.changeOwner'>;
        return ok(registered({ code: i.code, ownerName: BUYER.fullName }));
      },
    });
    const form = await openAndChoose('CAMBIO DE TITULAR');
    expect(form.getByText(/Titular actual:/).textContent).toContain('Esperanza Torres Muñoz');

    await user.click(guardar());
    expect(form.getByText('Nuevo titular: búsquelo por su documento o agréguelo con +')).toBeTruthy();
    expect(helpOf(form.getByLabelText('Documentos presentados'))).toMatch(/^Documentos presentados: indique al menos uno/);
    expect(callsOf('padron.changeOwner')).toHaveLength(0);

    await fill(user, form.getByLabelText('Número de documento del tercero'), '1117512345');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(form.getByLabelText('Fecha del cambio')));
    expect(form.getByRole('status', { name: 'Tercero elegido' }).textContent).toMatch(/Jhon Fredy Perdomo/);
    await fill(user, form.getByLabelText('Documentos presentados'), 'Escritura pública 1234 de 2026');
    await user.keyboard('{Enter}');
    await user.click(guardar());

    expect(await screen.findByText('Nuevo titular del suscriptor 100001: Jhon Fredy Perdomo.')).toBeTruthy();
    expect(callsOf('padron.changeOwner')[0]![1]).toEqual({
      code: '100001',
      partyId: BUYER.id,
      effectiveOn: '2026-11-23',
      documents: ['Escritura pública 1234 de 2026'],
    });
    expect(screen.queryByRole('form', { name: /Cambio de titular/ })).toBeNull();
  });

  it('editar datos starts from the predio as it is, its ruta found in the lists', async () => {
    serve({ 'padron.update': (input) => ok(registered({ code: (input as Input<'padron.update'>).code })) });
    const form = await openAndChoose('EDITAR DATOS');
    expect((form.getByLabelText('Zona') as HTMLSelectElement).value).toBe('1');
    expect((form.getByLabelText('Ruta') as HTMLSelectElement).value).toBe('11');
    await fill(user, form.getByLabelText('Estrato'), '4');
    await user.click(guardar());
    expect(await screen.findByText('Datos del suscriptor 100001 guardados.')).toBeTruthy();
    expect(callsOf('padron.update')[0]![1]).toMatchObject({ code: '100001', zoneId: 1, routeId: 11, stratum: 4, waste: false });
  });
});
