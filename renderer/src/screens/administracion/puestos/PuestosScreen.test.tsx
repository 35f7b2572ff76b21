import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../api';
import type { StationInfo } from '../../../api/station';
import { ADMIN, CAJA, FINGERPRINT, PUESTO, SERVIDOR, UNICO } from '../../../test/puestos-fixtures';
import { fail, fakeSession, ok, renderInSession } from '../../../test/render';
import { PuestosScreen } from './PuestosScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

/** This computer answers as `station`; setMode and leave turn it into what was asked. */
function computer(station: StationInfo) {
  let now = station;
  mockedCall.mockImplementation(async (name, input) => {
    switch (name) {
      case 'station.info':
        return ok(now);
      case 'station.setMode':
        now = (input as { mode: string }).mode === 'SERVIDOR' ? SERVIDOR : UNICO;
        return ok(now);
      case 'station.leave':
        now = UNICO;
        return ok(now);
      case 'puestos.list':
        return ok({ puestos: [CAJA] });
      default:
        return fail({ code: 'UNKNOWN_PROCEDURE', message: 'no' });
    }
  });
}

function open() {
  const session = fakeSession({ info: ADMIN });
  renderInSession(<PuestosScreen active activation={1} />, session);
  return session;
}

/** "Este equipo", once this computer's station has been read. */
async function thisComputer() {
  await screen.findByText('Modo');
  return screen.getByRole('region', { name: 'Este equipo' });
}

describe('ADMINISTRACIÓN → Puestos y red', () => {
  beforeEach(() => mockedCall.mockReset());

  it('equipo único: says so, may prepare puestos, and becomes the office server after confirming', async () => {
    computer(UNICO);
    open();
    const panel = await thisComputer();
    expect(within(panel).getByText('Equipo único')).toBeTruthy();
    expect(within(panel).getByRole('button', { name: 'Conectar a un servidor' })).toBeTruthy();
    const puestos = await screen.findByRole('region', { name: 'Puestos de la oficina' });
    expect(within(puestos).getByText(/aún no es el servidor de la oficina/)).toBeTruthy();
    expect(await within(puestos).findByRole('cell', { name: 'CAJA-01' })).toBeTruthy();

    await userEvent.click(within(panel).getByRole('button', { name: 'Convertir en servidor de la oficina' }));
    const confirm = await screen.findByRole('dialog', { name: 'Convertir en servidor de la oficina' });
    expect(mockedCall).not.toHaveBeenCalledWith('station.setMode', expect.anything());
    await userEvent.click(within(confirm).getByRole('button', { name: 'CONVERTIR' }));
    expect(mockedCall).toHaveBeenCalledWith('station.setMode', { mode: 'SERVIDOR' });
    expect(await within(panel).findByText('Este equipo es ahora el servidor de la oficina.')).toBeTruthy();
  });

  it('servidor: the address puestos type and the fingerprint to compare; going back warns that puestos stop', async () => {
    computer(SERVIDOR);
    open();
    const panel = await thisComputer();
    expect(within(panel).getByText('Servidor de la oficina')).toBeTruthy();
    expect(within(panel).getByText('https://192.168.1.10:8443/')).toBeTruthy();
    expect(within(panel).getByText(FINGERPRINT)).toBeTruthy();
    expect(within(panel).queryByRole('button', { name: 'Conectar a un servidor' })).toBeNull();
    const row = await screen.findByRole('row', { name: /CAJA-01/ });
    expect(within(row).getByText('Vinculado')).toBeTruthy();
    expect(within(row).getByText('Yenny Paola Trujillo (cajero)')).toBeTruthy();
    expect(within(row).getByText(/192\.168\.1\.21/)).toBeTruthy();

    await userEvent.click(within(panel).getByRole('button', { name: 'Volver a equipo único' }));
    const confirm = await screen.findByRole('dialog', { name: 'Volver a equipo único' });
    expect(confirm.textContent).toMatch(/puestos vinculados dejarán de funcionar/);
    await userEvent.click(within(confirm).getByRole('button', { name: 'Cancelar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(mockedCall).not.toHaveBeenCalledWith('station.setMode', expect.anything());
  });

  it('puesto: names its server; disconnecting asks first and then goes back to the login', async () => {
    computer(PUESTO);
    const session = open();
    const panel = await thisComputer();
    expect(within(panel).getByText('Puesto CAJA-01 del servidor https://192.168.1.10:8443/')).toBeTruthy();
    expect(within(panel).getByText('Responde')).toBeTruthy();
    // The office's puestos are managed on the server.
    expect(screen.queryByRole('region', { name: 'Puestos de la oficina' })).toBeNull();
    expect(mockedCall).not.toHaveBeenCalledWith('puestos.list', expect.anything());

    await userEvent.click(within(panel).getByRole('button', { name: 'Desconectar del servidor' }));
    const confirm = await screen.findByRole('dialog', { name: 'Desconectar del servidor' });
    expect(confirm.textContent).toMatch(/dejará de ser el puesto CAJA-01/);
    await userEvent.click(within(confirm).getByRole('button', { name: 'DESCONECTAR' }));
    expect(mockedCall).toHaveBeenCalledWith('station.leave', {});
    await waitFor(() => expect(session.end).toHaveBeenCalledWith(expect.stringMatching(/volvió a ser un equipo único/)));
  });

  it('a refusal of the change is said on the panel', async () => {
    computer(SERVIDOR);
    mockedCall.mockImplementation(async (name) =>
      name === 'station.info'
        ? ok(SERVIDOR)
        : name === 'puestos.list'
          ? ok({ puestos: [] })
          : fail({ code: 'FORBIDDEN', message: 'Solo el administrador cambia lo que es este equipo en la oficina.' }),
    );
    open();
    const panel = await thisComputer();
    expect(await screen.findByText(/Todavía no hay puestos/)).toBeTruthy();
    await userEvent.click(within(panel).getByRole('button', { name: 'Volver a equipo único' }));
    await userEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'VOLVER A EQUIPO ÚNICO' }));
    expect((await within(panel).findByRole('alert')).textContent).toMatch(/Solo el administrador/);
  });
});
