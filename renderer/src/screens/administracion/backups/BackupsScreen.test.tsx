import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../api';
import type { BackupStatus } from '../../../api/backups';
import { SESSION, fail, fakeSession, ok, renderInSession } from '../../../test/render';
import { BackupsScreen } from './BackupsScreen';

vi.mock('../../../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const ADMIN = { ...SESSION, user: { ...SESSION.user, username: 'admin', role: 'ADMIN' as const }, modules: ['ADMINISTRACION'] };
const FILE = 'ventanilla-2026-11-23T14-00-00-000Z.copia';
const STATUS: BackupStatus = {
  config: { folder: '', dailyHour: 22, keepDaily: 7, keepMonthly: 12 },
  passphraseSet: false,
  lastGood: null,
  nextAt: null,
  warning: true,
  runs: [],
  keyUsable: false,
  running: false,
};
const CONTENTS = {
  fileName: FILE,
  createdAt: '2026-11-23T14:00:00.000Z',
  sizeBytes: 5_242_880,
  counts: [
    { table: 'subscribers', rows: 300 },
    { table: 'users', rows: 9 },
  ],
};
const WRONG = 'La frase de contraseña no es la de esta copia. Escríbala de nuevo, tal como se configuró cuando se hizo la copia.';

function open() {
  const session = fakeSession({ info: ADMIN });
  renderInSession(<BackupsScreen active activation={1} />, session);
  return session;
}

describe('ADMINISTRACIÓN → Copias de seguridad', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    mockedCall.mockImplementation(async (name, input) => {
      switch (name) {
        case 'backups.status':
          return ok(STATUS);
        case 'backups.list':
          return ok([{ fileName: FILE, createdAt: '2026-11-23T14:00:00.000Z', sizeBytes: 5_242_880 }]);
        case 'backups.saveSettings':
          return ok({ ...STATUS.config, ...(input as Partial<BackupStatus['config']>) });
        case 'backups.inspect':
          return (input as { passphrase: string }).passphrase === 'Frase de la oficina'
            ? ok(CONTENTS)
            : fail({ code: 'VALIDATION', message: WRONG, issues: [{ field: 'passphrase', message: WRONG }] });
        case 'backups.restore':
          return ok({ ...CONTENTS, savedAside: 'ventanilla-antes-de-restaurar-2026-11-23.db', archiveFilesRestored: 2 });
        default:
          return fail({ code: 'UNKNOWN_PROCEDURE', message: 'no' });
      }
    });
  });

  it('says there is no good backup yet, and checks the settings before sending them', async () => {
    open();
    expect(await screen.findByText('Todavía no hay ninguna copia buena.')).toBeTruthy();
    const form = screen.getByRole('form', { name: 'Destino y horario de las copias' });
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    expect(
      await within(form).findByText('Carpeta de destino: escriba la ruta de la unidad externa o de la carpeta de red'),
    ).toBeTruthy();
    expect(mockedCall).not.toHaveBeenCalledWith('backups.saveSettings', expect.anything());
    await userEvent.type(within(form).getByLabelText('Carpeta de destino'), '/media/copias');
    await userEvent.clear(within(form).getByLabelText('Copias diarias que se guardan'));
    await userEvent.type(within(form).getByLabelText('Copias diarias que se guardan'), '14');
    await userEvent.click(within(form).getByRole('button', { name: 'GUARDAR' }));
    await waitFor(() =>
      expect(mockedCall).toHaveBeenCalledWith('backups.saveSettings', {
        folder: '/media/copias',
        dailyHour: 22,
        keepDaily: 14,
        keepMonthly: 12,
      }),
    );
    expect(await screen.findByText('Configuración de las copias guardada.')).toBeTruthy();
  });

  it('restores: passphrase refused at its field, then verified contents, then RESTAURAR and log in again', async () => {
    const session = open();
    await userEvent.click(await screen.findByRole('button', { name: `Restaurar ${FILE}` }));
    const dialog = await screen.findByRole('dialog', { name: `Restaurar ${FILE}` });
    const field = within(dialog).getByLabelText('Frase de contraseña de la copia');
    await userEvent.type(field, 'otra frase{Enter}');
    expect(await within(dialog).findByText(WRONG)).toBeTruthy();
    expect(within(dialog).queryByRole('button', { name: 'RESTAURAR' })).toBeNull();
    await userEvent.clear(field);
    await userEvent.type(field, 'Frase de la oficina');
    await userEvent.click(within(dialog).getByRole('button', { name: 'VERIFICAR' }));
    const contents = await within(dialog).findByRole('region', { name: 'Contenido de la copia' });
    expect(within(contents).getByText('Suscriptores').nextSibling?.textContent).toBe('300');
    expect(mockedCall).not.toHaveBeenCalledWith('backups.restore', expect.anything());
    await userEvent.click(within(dialog).getByRole('button', { name: 'RESTAURAR' }));
    expect(mockedCall).toHaveBeenCalledWith('backups.restore', {
      fileName: FILE,
      passphrase: 'Frase de la oficina',
      restoreArchive: true,
    });
    const done = await screen.findByRole('dialog', { name: 'Copia restaurada' });
    expect(within(done).getByRole('status').textContent).toMatch(/ventanilla-antes-de-restaurar-2026-11-23\.db/);
    await userEvent.click(within(done).getByRole('button', { name: 'INGRESAR DE NUEVO' }));
    expect(session.logout).toHaveBeenCalled();
  });
});
