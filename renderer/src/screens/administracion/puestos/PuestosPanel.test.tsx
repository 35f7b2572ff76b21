import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../api';
import { ADMIN, CAJA, PENDING } from '../../../test/puestos-fixtures';
import { fail, fakeSession, ok, renderInSession } from '../../../test/render';
import { PuestosPanel } from './PuestosPanel';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const TAKEN = 'Nombre del puesto: CAJA-01 ya existe';
const ISSUED = { id: 3, name: 'CAJA-02', code: 'ABCD-EFGH-JKMN', expiresAt: '2026-11-24T15:30:00.000Z' };

function open() {
  renderInSession(<PuestosPanel active isServer addresses={['https://192.168.1.10:8443/']} />, fakeSession({ info: ADMIN }));
}

describe('the office server’s puestos', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    mockedCall.mockImplementation(async (name, input) => {
      switch (name) {
        case 'puestos.list':
          return ok({ puestos: [CAJA, PENDING] });
        case 'puestos.create':
          return (input as { name: string }).name === 'CAJA-01'
            ? fail({ code: 'VALIDATION', message: 'Ya existe', issues: [{ field: 'name', message: TAKEN }] })
            : ok(ISSUED);
        case 'puestos.newCode':
          return ok({ ...ISSUED, id: PENDING.id, name: PENDING.name, code: 'PQRS-TUVW-XYZ2' });
        case 'puestos.revoke':
          return ok({ revokedAt: '2026-11-24T15:10:00.000Z', sessionsEnded: 1 });
        default:
          return fail({ code: 'UNKNOWN_PROCEDURE', message: 'no' });
      }
    });
  });

  it('lists each puesto with its state, its users and, for a pending one, when its code ends', async () => {
    open();
    const pending = await screen.findByRole('row', { name: /ASESOR-01/ });
    expect(within(pending).getByText('Pendiente de vincular')).toBeTruthy();
    expect(within(pending).getByText('Nunca se ha conectado')).toBeTruthy();
    expect(within(pending).getByText(/24\/11\/2026/)).toBeTruthy();
    const paired = screen.getByRole('row', { name: /CAJA-01/ });
    expect(within(paired).getByText('Yenny Paola Trujillo (cajero)')).toBeTruthy();
  });

  it('Nuevo puesto: a taken name is said at the field; then the code, big and once, with the server’s address', async () => {
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Nuevo puesto' }));
    const form = await screen.findByRole('form', { name: 'Nuevo puesto' });
    const name = within(form).getByLabelText('Nombre del puesto');
    await userEvent.type(name, 'caja-01{Enter}');
    expect(await within(form).findByText(TAKEN)).toBeTruthy();
    expect((name as HTMLInputElement).value).toBe('CAJA-01');
    await userEvent.clear(name);
    await userEvent.type(name, 'caja-02{Enter}');
    expect(mockedCall).toHaveBeenCalledWith('puestos.create', { name: 'CAJA-02' });

    const shown = await screen.findByRole('dialog', { name: 'Código de vinculación de CAJA-02' });
    expect(within(shown).getByLabelText('Código de vinculación').textContent).toBe('ABCD-EFGH-JKMN');
    expect(within(shown).getByText(/Este código se muestra una sola vez/)).toBeTruthy();
    expect(within(shown).getByLabelText('Dirección del servidor').textContent).toBe('https://192.168.1.10:8443/');
    expect(within(shown).getByLabelText('Vence').textContent).toMatch(/24\/11\/2026/);
    await userEvent.click(within(shown).getByRole('button', { name: 'LISTO' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('Nuevo código: the pending puesto’s fresh code is shown', async () => {
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Nuevo código para ASESOR-01' }));
    expect(mockedCall).toHaveBeenCalledWith('puestos.newCode', { id: PENDING.id });
    const shown = await screen.findByRole('dialog', { name: 'Código de vinculación de ASESOR-01' });
    expect(within(shown).getByLabelText('Código de vinculación').textContent).toBe('PQRS-TUVW-XYZ2');
  });

  it('Revocar asks first, naming the puesto and who is logged out there', async () => {
    open();
    await userEvent.click(await screen.findByRole('button', { name: 'Revocar CAJA-01' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revocar el puesto CAJA-01' });
    expect(confirm.textContent).toMatch(/El puesto CAJA-01 deja de funcionar de inmediato/);
    expect(confirm.textContent).toMatch(/Se cierra la sesión de Yenny Paola Trujillo/);
    expect(mockedCall).not.toHaveBeenCalledWith('puestos.revoke', expect.anything());
    await userEvent.click(within(confirm).getByRole('button', { name: 'REVOCAR' }));
    expect(mockedCall).toHaveBeenCalledWith('puestos.revoke', { id: CAJA.id });
    expect((await screen.findByRole('status')).textContent).toBe('Puesto CAJA-01 revocado; se cerró 1 sesión.');
  });
});
