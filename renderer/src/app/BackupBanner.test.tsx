import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../api';
import type { BackupStatus } from '../api/backups';
import { SESSION, fakeSession, ok, renderInSession } from '../test/render';
import { BackupBanner } from './BackupBanner';

vi.mock('../api', () => ({ call: vi.fn() }));
const mockedCall = vi.mocked(call);

const OLD: BackupStatus = {
  config: { folder: '/media/copias', dailyHour: 22, keepDaily: 7, keepMonthly: 12 },
  passphraseSet: true,
  lastGood: {
    id: 1,
    trigger: 'DIARIA',
    startedAt: '2026-11-20T03:00:00.000Z',
    finishedAt: '2026-11-20T03:01:00.000Z',
    result: 'OK',
    fileName: 'ventanilla-2026-11-20T03-00-00-000Z.copia',
    folder: '/media/copias',
    sizeBytes: 1000,
    writeMs: 1,
    verifyMs: 1,
    filesCopied: 0,
    message: null,
    username: null,
  },
  nextAt: '2026-11-24T03:00:00.000Z',
  warning: true,
  runs: [],
  keyUsable: true,
  running: false,
};

const as = (role: 'SUPERVISOR' | 'ASESOR' | 'ADMIN') => fakeSession({ info: { ...SESSION, user: { ...SESSION.user, role } } });

describe('the warning when the last good backup is old', () => {
  beforeEach(() => {
    mockedCall.mockReset();
    mockedCall.mockResolvedValue(ok(OLD));
  });

  it('tells a supervisor to warn the admin', async () => {
    renderInSession(<BackupBanner />, as('SUPERVISOR'));
    expect((await screen.findByRole('region', { name: 'Aviso de copias de seguridad' })).textContent).toMatch(
      /tiene más de 2 días\. Avise al administrador\.$/,
    );
  });

  it('tells the admin where to fix it', async () => {
    renderInSession(<BackupBanner />, as('ADMIN'));
    expect((await screen.findByRole('region', { name: 'Aviso de copias de seguridad' })).textContent).toMatch(
      /Revise ADMINISTRACIÓN → Copias de seguridad/,
    );
  });

  it('is not shown to a counter, which does not even ask', async () => {
    renderInSession(<BackupBanner />, as('ASESOR'));
    await waitFor(() => expect(mockedCall).not.toHaveBeenCalled());
    expect(screen.queryByRole('region', { name: 'Aviso de copias de seguridad' })).toBeNull();
  });

  it('is not shown when the last good backup is recent', async () => {
    mockedCall.mockResolvedValue(ok({ ...OLD, warning: false }));
    renderInSession(<BackupBanner />, as('SUPERVISOR'));
    await waitFor(() => expect(mockedCall).toHaveBeenCalledWith('backups.status', {}));
    expect(screen.queryByRole('region', { name: 'Aviso de copias de seguridad' })).toBeNull();
  });
});
