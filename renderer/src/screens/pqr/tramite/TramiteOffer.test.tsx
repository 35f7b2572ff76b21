import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Output } from '../../../api';
import type { Handoff } from '../../../app/handoff';
import { subscriberView } from '../../../test/fixtures';
import { fail, ok } from '../../../test/render';
import { renderInSessionQueries } from '../../../test/session-queries';
import { causeOf } from '../pqr-fixtures';
import { TramiteScreen } from './TramiteScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const CATALOG: Output<'pqr.catalog'> = {
  zones: [{ id: 1, name: 'FLORENCIA' }],
  channels: [{ id: 1, name: 'PERSONAL' }],
  requestTypes: [{ id: 1, name: 'PETICIÓN', responseDays: 15 }],
  causes: [causeOf(5, 'ALTO CONSUMO', { service: 'ACUEDUCTO' }), causeOf(7, 'INSPECCIÓN DE MEDIDOR', { service: 'ACUEDUCTO' })],
};

const OFFER: Handoff = {
  kind: 'tramite',
  subscriber: subscriberView('100777'),
  service: 'ACUEDUCTO',
  causeName: 'INSPECCIÓN DE MEDIDOR',
};

/** The shell's part: the screen is open, and SUSCRIPTOR hands it an offer when the button is pressed. */
function Harness() {
  const [handoff, setHandoff] = useState<Handoff | null>(null);
  return (
    <>
      <button type="button" onClick={() => setHandoff(OFFER)}>
        ofrecer
      </button>
      <TramiteScreen active activation={1} handoff={handoff} />
    </>
  );
}

const focusedName = () => document.activeElement?.getAttribute('name');
const valueOf = (form: HTMLElement, label: string) =>
  (within(form).getByLabelText(label) as HTMLInputElement | HTMLSelectElement).value;

describe('PQR → TRÁMITE offered by SUSCRIPTOR (inspección de medidor)', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    mockedCall.mockImplementation(async (name) => {
      if (name === 'pqr.catalog') return ok(CATALOG);
      if (name === 'subscribers.view') return ok(subscriberView('100234'));
      if (name === 'pqr.requirements') return ok([]);
      return fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` });
    });
  });

  it('starts with the subscriber, its zone, the titular, the service and the causal; the focus on the tipo de trámite', async () => {
    renderInSessionQueries(<TramiteScreen active activation={1} handoff={OFFER} />, mockedCall);
    const form = await screen.findByRole('form', { name: 'Nuevo trámite' });
    expect(valueOf(form, 'Código del suscriptor')).toBe('100777');
    expect(valueOf(form, 'Zona')).toBe('1');
    expect(valueOf(form, 'Servicio')).toBe('ACUEDUCTO');
    expect(valueOf(form, 'Causal')).toBe('7');
    expect(within(form).getByRole('status', { name: 'Tercero elegido' }).textContent).toContain('Titular');
    await waitFor(() => expect(focusedName()).toBe('requestTypeId'));
  });

  it('a trámite under way is kept until the asesor chooses to leave it for the offer', async () => {
    renderInSessionQueries(<Harness />, mockedCall);
    const form = await screen.findByRole('form', { name: 'Nuevo trámite' });
    await userEvent.click(within(form).getByLabelText('Código del suscriptor'));
    await userEvent.keyboard('100234{Enter}');
    await waitFor(() => expect(within(form).getByRole('status', { name: 'Tercero elegido' })).toBeTruthy());

    await userEvent.click(screen.getByRole('button', { name: 'ofrecer' }));
    const waiting = await screen.findByText(/Hay un trámite sin guardar/);
    expect(waiting.textContent).toContain('inspección de medidor del suscriptor 100777');
    expect(valueOf(screen.getByRole('form', { name: 'Nuevo trámite' }), 'Código del suscriptor')).toBe('100234');

    await userEvent.click(screen.getByRole('button', { name: 'DEJAR ESTE Y EMPEZAR' }));
    await waitFor(() =>
      expect(valueOf(screen.getByRole('form', { name: 'Nuevo trámite' }), 'Código del suscriptor')).toBe('100777'),
    );
    expect(screen.queryByText(/Hay un trámite sin guardar/)).toBeNull();
  });
});
