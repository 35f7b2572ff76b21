import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ok } from '../../db/testing';
import type { Result } from '../core/contract';
import { type BackupOffice, backupOffice } from './backup-service.test-support';
import { withBackups } from './backup-invoker';

describe('a backup after each corte de caja', () => {
  let office: BackupOffice;
  beforeEach(() => {
    office = backupOffice();
  });
  afterEach(() => office.close());

  it('starts once the corte committed, without making the cashier wait, and not after a refused one', async () => {
    await office.configure(office.login('admin'));
    const invoke = withBackups(async (session, name, input) => office.office.dispatch(session, name, input), office.service);
    const cajero = office.login('cajero');
    const send = async (name: string, input: unknown) => invoke(cajero, name, input) as Promise<Result<unknown>>;
    ok(await send('cash.open', { openingFloat: 200_000 }));
    expect((await send('cash.close', { note: '' })).ok).toBe(false);
    ok(await send('cash.declareCount', { count: [{ denomination: 50_000, quantity: 4 }] }));
    ok(await send('cash.close', { note: '' }));
    // The corte answered before its backup ran: the backup follows in the background.
    expect(office.rows('SELECT trigger FROM backup_runs')).toEqual([]);
    await office.service.stop();
    expect(office.rows('SELECT trigger, result FROM backup_runs')).toEqual([{ trigger: 'CORTE', result: 'OK' }]);
  });

  it('sends backups.* to the backup service and the rest to dispatch', async () => {
    const invoke = withBackups(async (session, name, input) => office.office.dispatch(session, name, input), office.service);
    const admin = office.login('admin');
    expect(ok(await invoke(admin, 'backups.status', {}))).toMatchObject({ passphraseSet: false, running: false });
    expect(ok(await invoke(admin, 'company.get', {}))).toMatchObject({ currency: 'COP' });
  });
});
