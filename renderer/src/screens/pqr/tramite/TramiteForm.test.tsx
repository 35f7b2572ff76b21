import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call, type Output, type Result } from '../../../api';
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
  causes: [causeOf(5, 'DAÑO EN LA ACOMETIDA')],
};

function serve() {
  const handlers: Record<string, () => Result<unknown>> = {
    'pqr.catalog': () => ok(CATALOG),
    'subscribers.view': () => ok(subscriberView('100234')),
  };
  mockedCall.mockImplementation(async (name) => {
    const handler = handlers[name];
    return (handler ? handler() : fail({ code: 'INTERNAL', message: `sin respuesta para ${name}` })) as Result<
      Output<typeof name>
    >;
  });
}

const focusedName = () => document.activeElement?.getAttribute('name');

async function openForm() {
  renderInSessionQueries(<TramiteScreen active activation={1} />, mockedCall);
  const form = await screen.findByRole('form', { name: 'Nuevo trámite' });
  await waitFor(() => expect(focusedName()).toBe('zoneId'));
  return form;
}

async function openSubscriber(form: HTMLElement) {
  await userEvent.click(within(form).getByLabelText('Código del suscriptor'));
  await userEvent.keyboard('100234{Enter}');
  await waitFor(() => expect(within(form).getByRole('status', { name: 'Tercero elegido' }).textContent).toContain('Titular'));
}

describe('PQR → TRÁMITE, keyboard first', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    serve();
  });

  it('after código + Enter the titular is the tercero: the focus goes on to Servicio, not to the cédula', async () => {
    const form = await openForm();
    await openSubscriber(form);
    await waitFor(() => expect(focusedName()).toBe('service'));
    expect(document.activeElement).not.toBe(within(form).getByLabelText('Número de documento del tercero'));
  });

  it('skips what is already filled: with the servicio chosen, the focus goes to the tipo de trámite, then the causal', async () => {
    const form = await openForm();
    await userEvent.selectOptions(within(form).getByLabelText('Servicio'), 'ALCANTARILLADO');
    await openSubscriber(form);
    await waitFor(() => expect(focusedName()).toBe('requestTypeId'));

    await userEvent.selectOptions(within(form).getByLabelText('Tipo de trámite'), 'PETICIÓN');
    await userEvent.click(within(form).getByLabelText('Código del suscriptor'));
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(focusedName()).toBe('causeId'));
  });

  it('says under the Observación that Enter goes on to GUARDAR, and it does', async () => {
    const form = await openForm();
    const observation = within(form).getByRole('textbox', { name: 'Observación' });
    expect(within(form).getByText(/Enter: pasa a GUARDAR; Mayús\+Enter: nueva línea\./)).toBeTruthy();
    await userEvent.click(observation);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(within(form).getByRole('button', { name: 'GUARDAR' }));
  });
});
