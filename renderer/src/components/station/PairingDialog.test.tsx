import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../api';
import { FINGERPRINT } from '../../test/puestos-fixtures';
import { fail, ok, renderInSession } from '../../test/render';
import { PairingDialog } from './PairingDialog';

vi.mock('../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const BAD_CODE = 'Código de vinculación no válido o vencido. Pida al administrador uno nuevo.';
const NO_SERVER = 'No se pudo conectar con https://192.168.1.99:8443/. Revise la dirección.';
const FOUND = { name: 'Ventanilla OFICINA-PC', address: 'https://192.168.1.10:8443/', fingerprint: FINGERPRINT };

function open() {
  const onPaired = vi.fn<(message: string) => void>();
  renderInSession(<PairingDialog onClose={() => undefined} onPaired={onPaired} />);
  const form = screen.getByRole('form', { name: 'Conectar a un servidor' });
  return { form, onPaired };
}

describe('Conectar a un servidor', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    mockedCall.mockImplementation(async (name, input) => {
      if (name === 'station.discover') return ok({ servers: [FOUND] });
      if (name !== 'station.pair') return fail({ code: 'UNKNOWN_PROCEDURE', message: 'no' });
      const { address, code } = input as { address: string; code: string };
      if (address.includes('192.168.1.99')) {
        return fail({ code: 'OFFLINE', message: NO_SERVER, issues: [{ field: 'address', message: NO_SERVER }] });
      }
      if (code !== 'ABCD-EFGH-JKMN')
        return fail({ code: 'VALIDATION', message: BAD_CODE, issues: [{ field: 'code', message: BAD_CODE }] });
      if (address.includes('192.168.1.66')) {
        return fail({ code: 'FORBIDDEN', message: 'El equipo en esa dirección no presenta el certificado que anunció.' });
      }
      return ok({ name: 'CAJA-01', fingerprint: FINGERPRINT });
    });
  });

  it('checks the address before sending, and places the core’s refusals on their fields; the draft stays', async () => {
    const { form, onPaired } = open();
    const address = within(form).getByLabelText('Dirección del servidor');
    const code = within(form).getByLabelText('Código de vinculación');
    await userEvent.type(address, 'servidor oficina');
    await userEvent.click(within(form).getByRole('button', { name: 'VINCULAR' }));
    expect(await within(form).findByText(/Dirección del servidor: escríbala como la muestra el servidor/)).toBeTruthy();
    expect(within(form).getByText('Código de vinculación: escríbalo como lo muestra el servidor')).toBeTruthy();
    expect(mockedCall).not.toHaveBeenCalled();

    await userEvent.clear(address);
    await userEvent.type(address, '192.168.1.99:8443');
    await userEvent.type(code, 'abcd-efgh-jkmn{Enter}');
    expect(await within(form).findByText(NO_SERVER)).toBeTruthy();
    await userEvent.clear(address);
    await userEvent.type(address, '192.168.1.10:8443');
    await userEvent.clear(code);
    await userEvent.type(code, 'ZZZZ-ZZZZ-ZZZZ{Enter}');
    expect(await within(form).findByText(BAD_CODE)).toBeTruthy();
    expect((address as HTMLInputElement).value).toBe('192.168.1.10:8443');
    expect(onPaired).not.toHaveBeenCalled();

    await userEvent.clear(code);
    await userEvent.type(code, 'ABCD-EFGH-JKMN{Enter}');
    expect(mockedCall).toHaveBeenLastCalledWith('station.pair', { address: '192.168.1.10:8443', code: 'ABCD-EFGH-JKMN' });
    await waitFor(() =>
      expect(onPaired).toHaveBeenCalledWith(
        'Este equipo es ahora el puesto CAJA-01 del servidor https://192.168.1.10:8443/; ingrese con su usuario del servidor.',
      ),
    );
  });

  it('a refusal about no field is said in the alert', async () => {
    const { form } = open();
    await userEvent.type(within(form).getByLabelText('Dirección del servidor'), '192.168.1.66:8443');
    await userEvent.type(within(form).getByLabelText('Código de vinculación'), 'ABCD-EFGH-JKMN{Enter}');
    expect((await within(form).findByRole('alert')).textContent).toMatch(/no presenta el certificado/);
  });

  it('only on the button, searches the network; a server picked fills the address and its fingerprint goes along', async () => {
    const { form, onPaired } = open();
    expect(mockedCall).not.toHaveBeenCalledWith('station.discover', expect.anything());
    await userEvent.click(within(form).getByRole('button', { name: 'Buscar servidores en la red' }));
    const list = await within(form).findByRole('list', { name: 'Servidores encontrados' });
    await userEvent.click(within(list).getByText(`${FOUND.name} · ${FOUND.address}`));
    expect((within(form).getByLabelText('Dirección del servidor') as HTMLInputElement).value).toBe(FOUND.address);
    await userEvent.type(within(form).getByLabelText('Código de vinculación'), 'ABCD-EFGH-JKMN{Enter}');
    expect(mockedCall).toHaveBeenLastCalledWith('station.pair', {
      address: FOUND.address,
      code: 'ABCD-EFGH-JKMN',
      fingerprint: FINGERPRINT,
    });
    await waitFor(() => expect(onPaired).toHaveBeenCalled());
  });
});
