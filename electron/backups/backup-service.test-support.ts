import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { TEST_NOW, testOfficeFile } from '../../db/testing';
import { DEMO_USERS } from '../../db/seed/users';
import { createCore } from '../core/app';
import { manualClock } from '../core/clock';
import type { AppInput, AppOutput, AppProcedureName, Input, Output, ProcedureName, Result } from '../core/contract';
import { type BackupService, createBackupService } from './backup-service';
import { TEST_KDF, tempFolder } from './backups.test-support';
import { machineSecretFileFor } from './machine-secret';
import { officeHandle } from './office-handle';

export const PASSPHRASE = 'Copias de la oficina de Florencia';

/**
 * An office on a database file with its backup service, as browser mode runs them: a
 * destination folder (the "external drive"), a document archive with two PDFs and a support,
 * the manual clock, scrypt at a test's cost and no timer (tests call tick()).
 */
export function backupOffice() {
  const temp = tempFolder();
  const file = testOfficeFile(path.join(temp.dir, 'ventanilla.db'));
  const clock = manualClock(TEST_NOW);
  const errors: unknown[] = [];
  const log = (message: string, error: unknown) => errors.push([message, error]);
  const open = () => createCore({ file, clock, workstation: 'SERVIDOR', checkpointEveryMs: 0, log });
  const office = officeHandle(file, open(), open);
  const destination = path.join(temp.dir, 'unidad-externa');
  const archiveDir = path.join(temp.dir, 'Archivo');
  mkdirSync(destination);
  mkdirSync(path.join(archiveDir, '2026', '11', 'FACTURA'), { recursive: true });
  mkdirSync(path.join(archiveDir, '2026', '11', 'SOPORTES', 'PQR-2026-000001'), { recursive: true });
  writeFileSync(path.join(archiveDir, '2026', '11', 'FACTURA', 'F-000001.pdf'), '%PDF-1.4 factura uno');
  writeFileSync(path.join(archiveDir, '2026', '11', 'FACTURA', 'F-000002.pdf'), '%PDF-1.4 factura dos');
  writeFileSync(path.join(archiveDir, '2026', '11', 'SOPORTES', 'PQR-2026-000001', '1-foto.jpg'), 'foto del medidor');
  const service: BackupService = createBackupService({
    office,
    clock,
    secretFile: machineSecretFileFor(file),
    workDir: `${file}.copias-tmp`,
    archiveDir,
    log,
    kdf: TEST_KDF,
    tickEveryMs: 0,
  });
  const call = <N extends ProcedureName>(session: string | null, name: N, input: Input<N>) =>
    office.dispatch(session, name, input) as Result<Output<N>>;
  const ask = <N extends AppProcedureName>(session: string | null, name: N, input: AppInput<N>) =>
    service.handle(session, name, input) as Promise<Result<AppOutput<N>>>;
  const login = (username: string) => {
    const user = DEMO_USERS.find((u) => u.username === username)!;
    const result = call(null, 'auth.login', { username, password: user.password });
    if (!result.ok) throw new Error(result.error.message);
    return result.data.sessionId;
  };
  return {
    file,
    clock,
    errors,
    office,
    service,
    destination,
    archiveDir,
    call,
    ask,
    login,
    /** The folder set and the passphrase set, by the admin. */
    async configure(admin: string, config: Partial<Input<'backups.saveSettings'>> = {}) {
      const saved = call(admin, 'backups.saveSettings', {
        folder: destination,
        dailyHour: 22,
        keepDaily: 7,
        keepMonthly: 12,
        ...config,
      });
      if (!saved.ok) throw new Error(saved.error.message);
      const key = await ask(admin, 'backups.setPassphrase', { passphrase: PASSPHRASE, confirmation: PASSPHRASE });
      if (!key.ok) throw new Error(key.error.message);
    },
    rows: (sql: string, ...args: unknown[]) =>
      office
        .core()
        .sqlite.prepare(sql)
        .all(...args) as Record<string, unknown>[],
    async close() {
      await service.stop();
      office.close();
      temp.remove();
    },
  };
}
export type BackupOffice = ReturnType<typeof backupOffice>;
