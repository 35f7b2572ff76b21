import Database from 'better-sqlite3';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failure, ok } from '../../db/testing';
import { RESTORED_SESSION_END } from '../core/backups/backups.service';
import { PASSPHRASE, type BackupOffice, backupOffice } from './backup-service.test-support';
import { decryptFile } from './crypto';

type Dump = Record<string, Record<string, unknown>[]>;

function dump(sqlite: Database.Database): Dump {
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name",
    )
    .pluck()
    .all() as string[];
  const rows = (t: string) =>
    (sqlite.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]).sort((a, b) => {
      const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
      return typeof a.id === 'number' && typeof b.id === 'number' ? a.id - b.id : x < y ? -1 : x > y ? 1 : 0;
    });
  return Object.fromEntries(tables.map((t) => [t, rows(t)]));
}

/** Every table of a backup file, decrypted. */
async function dumpBackup(office: BackupOffice, fileName: string): Promise<Dump> {
  const plain = path.join(path.dirname(office.file), 'volcado.db');
  await decryptFile(path.join(office.destination, fileName), plain, PASSPHRASE);
  const sqlite = new Database(plain, { readonly: true });
  try {
    return dump(sqlite);
  } finally {
    sqlite.close();
    rmSync(plain);
  }
}

describe('ADMINISTRACIÓN → Copias de seguridad', () => {
  let office: BackupOffice;
  let admin: string;
  beforeEach(() => {
    office = backupOffice();
    admin = office.login('admin');
  });
  afterEach(() => office.close());

  it('lets the admin alone set them up; supervisors see the status, other roles nothing', async () => {
    for (const user of ['asesor', 'cajero', 'coordinador']) {
      const session = office.login(user);
      expect(failure(await office.ask(session, 'backups.status', {})).code).toBe('FORBIDDEN');
      expect(failure(await office.ask(session, 'backups.run', {})).code).toBe('FORBIDDEN');
    }
    const supervisor = office.login('supervisor');
    expect(ok(await office.ask(supervisor, 'backups.status', {})).warning).toBe(true);
    expect(failure(await office.ask(supervisor, 'backups.run', {})).code).toBe('FORBIDDEN');
    expect(failure(await office.ask(supervisor, 'backups.list', {})).code).toBe('FORBIDDEN');
    expect(
      failure(await office.ask(supervisor, 'backups.setPassphrase', { passphrase: PASSPHRASE, confirmation: PASSPHRASE })).code,
    ).toBe('FORBIDDEN');
    expect(
      failure(
        office.call(supervisor, 'backups.saveSettings', {
          folder: office.destination,
          dailyHour: 22,
          keepDaily: 7,
          keepMonthly: 12,
        }),
      ).code,
    ).toBe('FORBIDDEN');
    expect(failure(await office.ask(null, 'backups.status', {})).code).toBe('SESSION_REQUIRED');
  });

  it('refuses a folder it cannot write to and a weak or mistyped passphrase, changing nothing', async () => {
    const settings = { dailyHour: 22, keepDaily: 7, keepMonthly: 12 };
    const missing = failure(
      office.call(admin, 'backups.saveSettings', { ...settings, folder: path.join(office.destination, 'no-existe') }),
    );
    expect(missing.issues).toEqual([
      {
        field: 'folder',
        message: 'Carpeta de destino: no existe o no se puede abrir. Conecte la unidad o revise la ruta y la red',
      },
    ]);
    expect(failure(office.call(admin, 'backups.saveSettings', { ...settings, folder: 'copias' })).message).toMatch(
      /ruta completa/,
    );
    expect(
      failure(office.call(admin, 'backups.saveSettings', { ...settings, folder: office.destination, dailyHour: 24 })).message,
    ).toBe('Hora: de 0 a 23');
    expect(
      failure(await office.ask(admin, 'backups.setPassphrase', { passphrase: 'corta', confirmation: 'corta' })).message,
    ).toBe('Frase de contraseña: mínimo 12 caracteres');
    const mistyped = failure(
      await office.ask(admin, 'backups.setPassphrase', { passphrase: PASSPHRASE, confirmation: `${PASSPHRASE}.` }),
    );
    expect(mistyped.issues).toEqual([{ field: 'confirmation', message: 'Confirmación: no coincide con la frase de contraseña' }]);
    const status = ok(await office.ask(admin, 'backups.status', {}));
    expect(status).toMatchObject({ passphraseSet: false, nextAt: null, config: { folder: '' } });
    expect(failure(await office.ask(admin, 'backups.run', {})).message).toMatch(/^Primero configure las copias/);
  });

  it('audits the settings and the passphrase change, never the passphrase nor the key', async () => {
    await office.configure(admin);
    const audit = office.rows(
      "SELECT procedure, before, after FROM audit WHERE record_id IN ('backups.config', 'backups.key') ORDER BY id",
    );
    expect(audit.map((a) => a.procedure)).toEqual(['backups.saveSettings', 'backups.storeKey']);
    expect(JSON.parse(String(audit[0]!.after))).toMatchObject({ folder: office.destination, dailyHour: 22 });
    expect(JSON.parse(String(audit[1]!.after))).toEqual({ keyConfigured: true, by: 'admin' });
    const everything = JSON.stringify(office.rows('SELECT * FROM audit'));
    const { wrapped } = JSON.parse(String(office.rows("SELECT value FROM settings WHERE key = 'backups.key'")[0]!.value)) as {
      wrapped: string;
    };
    expect(everything).not.toContain(PASSPHRASE);
    expect(everything).not.toContain(wrapped);
    expect(JSON.stringify(office.rows('SELECT * FROM settings'))).not.toContain(PASSPHRASE);
  });

  it('makes a verified backup on demand, lists it, and says when the next daily one is', async () => {
    await office.configure(admin);
    const run = ok(await office.ask(admin, 'backups.run', {}));
    expect(run).toMatchObject({
      trigger: 'MANUAL',
      result: 'OK',
      username: 'admin',
      filesCopied: 3,
      fileName: 'ventanilla-2026-11-23T14-00-00-000Z.copia',
    });
    expect(ok(await office.ask(admin, 'backups.list', {}))).toEqual([
      { fileName: run.fileName, createdAt: '2026-11-23T14:00:00.000Z', sizeBytes: run.sizeBytes },
    ]);
    const status = ok(await office.ask(admin, 'backups.status', {}));
    // 22:00 in Bogotá is 03:00 UTC the next day.
    expect(status).toMatchObject({
      warning: false,
      keyUsable: true,
      nextAt: '2026-11-24T03:00:00.000Z',
      lastGood: { fileName: run.fileName },
    });
    expect(readFileSync(path.join(office.destination, run.fileName!)).includes(Buffer.from('admin'))).toBe(false);
    expect(readdirSync(office.destination).filter((n) => n.endsWith('.parcial'))).toEqual([]);
    office.clock.advance(2 * 86_400_000 + 60_000);
    expect(ok(await office.ask(office.login('admin'), 'backups.status', {})).warning).toBe(true);
  });

  it('restore drill: backup → changes → restore → every table as in the backup, everyone logs in again', async () => {
    await office.configure(admin);
    const { fileName } = ok(await office.ask(admin, 'backups.run', {}));
    const backup = await dumpBackup(office, fileName!);
    ok(
      office.call(admin, 'users.create', {
        username: 'nueva',
        fullName: 'Nueva Asesora',
        documentNumber: '1117000222',
        role: 'ASESOR',
        password: 'Florencia-2027',
      }),
    );
    ok(
      office.call(office.login('asesor'), 'parties.create', {
        documentType: 'CC',
        documentNumber: '1117999000',
        names: 'Ana',
        surnames: 'Rojas',
      }),
    );
    rmSync(path.join(office.archiveDir, '2026', '11', 'FACTURA', 'F-000001.pdf'));
    office.clock.advance(60_000);

    const contents = ok(await office.ask(admin, 'backups.inspect', { fileName: fileName!, passphrase: PASSPHRASE }));
    expect(contents.counts).toEqual(expect.arrayContaining([{ table: 'users', rows: backup.users!.length }]));
    const restored = ok(
      await office.ask(admin, 'backups.restore', { fileName: fileName!, passphrase: PASSPHRASE, restoreArchive: true }),
    );
    expect(restored).toMatchObject({ fileName, createdAt: '2026-11-23T14:00:00.000Z', archiveFilesRestored: 1 });
    expect(existsSync(restored.savedAside)).toBe(true);
    expect(existsSync(path.join(office.archiveDir, '2026', '11', 'FACTURA', 'F-000001.pdf'))).toBe(true);

    const now = dump(office.office.core().sqlite);
    const grown = new Set(['audit', 'backup_runs']);
    for (const [table, rows] of Object.entries(backup)) {
      if (grown.has(table)) expect(now[table]!.slice(0, rows.length), table).toEqual(rows);
      else if (table === 'user_sessions')
        expect(
          now[table]!.map((s) => ({ ...s, ended_at: null, end_reason: null })),
          table,
        ).toEqual(rows.map((s) => ({ ...s, ended_at: null, end_reason: null })));
      else expect(now[table], table).toEqual(rows);
    }
    expect(Object.keys(now).sort()).toEqual(Object.keys(backup).sort());
    expect(now.backup_runs!.at(-1)).toMatchObject({
      trigger: 'RESTAURACION',
      result: 'OK',
      username: 'admin',
      file_name: fileName,
    });
    expect(failure(await office.ask(admin, 'backups.status', {}))).toEqual({
      code: 'SESSION_REQUIRED',
      message: RESTORED_SESSION_END,
    });
    const again = office.login('admin');
    expect(office.rows("SELECT username FROM users WHERE username = 'nueva'")).toEqual([]);
    expect(ok(await office.ask(again, 'backups.status', {})).runs[0]).toMatchObject({ trigger: 'RESTAURACION' });
  });

  it('refuses a wrong passphrase and a damaged backup at restore, and changes nothing', async () => {
    await office.configure(admin);
    const { fileName } = ok(await office.ask(admin, 'backups.run', {}));
    ok(
      office.call(admin, 'users.create', {
        username: 'nueva',
        fullName: 'Nueva Asesora',
        documentNumber: '1117000222',
        role: 'ASESOR',
        password: 'Florencia-2027',
      }),
    );
    const wrong = failure(
      await office.ask(admin, 'backups.restore', {
        fileName: fileName!,
        passphrase: 'otra frase cualquiera',
        restoreArchive: false,
      }),
    );
    expect(wrong.issues?.[0]).toEqual({
      field: 'passphrase',
      message: expect.stringMatching(/^La frase de contraseña no es la de esta copia/),
    });
    const file = path.join(office.destination, fileName!);
    const bytes = readFileSync(file);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff;
    writeFileSync(file, bytes);
    const damaged = failure(
      await office.ask(admin, 'backups.restore', { fileName: fileName!, passphrase: PASSPHRASE, restoreArchive: false }),
    );
    expect(damaged).toMatchObject({ code: 'RULE', message: expect.stringMatching(/^El archivo de la copia está dañado/) });
    expect(
      failure(
        await office.ask(admin, 'backups.inspect', {
          fileName: 'ventanilla-2020-01-01T00-00-00-000Z.copia',
          passphrase: PASSPHRASE,
        }),
      ).code,
    ).toBe('NOT_FOUND');
    expect(office.rows("SELECT username FROM users WHERE username = 'nueva'")).toHaveLength(1);
    expect(ok(await office.ask(admin, 'backups.status', {})).runs.map((r) => r.trigger)).toEqual(['MANUAL']);
    expect(readdirSync(path.dirname(office.file)).filter((n) => n.includes('antes-de-restaurar'))).toEqual([]);
  });

  it('copies the archive incrementally by checksum', async () => {
    await office.configure(admin);
    expect(ok(await office.ask(admin, 'backups.run', {})).filesCopied).toBe(3);
    office.clock.advance(60_000);
    expect(ok(await office.ask(admin, 'backups.run', {})).filesCopied).toBe(0);
    writeFileSync(path.join(office.archiveDir, '2026', '11', 'FACTURA', 'F-000003.pdf'), '%PDF-1.4 factura tres');
    writeFileSync(path.join(office.archiveDir, '2026', '11', 'FACTURA', 'F-000001.pdf'), '%PDF-1.4 factura uno, corregida');
    office.clock.advance(60_000);
    expect(ok(await office.ask(admin, 'backups.run', {})).filesCopied).toBe(2);
    const manifest = JSON.parse(readFileSync(path.join(office.destination, 'Archivo', 'manifiesto.json'), 'utf8')) as {
      files: Record<string, unknown>;
    };
    expect(Object.keys(manifest.files).sort()).toEqual([
      '2026/11/FACTURA/F-000001.pdf',
      '2026/11/FACTURA/F-000002.pdf',
      '2026/11/FACTURA/F-000003.pdf',
      '2026/11/SOPORTES/PQR-2026-000001/1-foto.jpg',
    ]);
    expect(
      readFileSync(path.join(office.destination, 'Archivo', '2026', '11', 'FACTURA', 'F-000003.pdf.copia')).includes(
        Buffer.from('factura tres'),
      ),
    ).toBe(false);
  });

  it('runs the daily backup at the admin’s hour of the office, once, by the manual clock', async () => {
    await office.configure(admin, { dailyHour: 22 });
    await office.service.tick();
    office.clock.set('2026-11-24T02:59:00.000Z'); // 21:59 in Bogotá
    await office.service.tick();
    expect(office.rows('SELECT trigger FROM backup_runs')).toEqual([]);
    office.clock.set('2026-11-24T03:00:00.000Z');
    await office.service.tick();
    await office.service.tick();
    expect(office.rows('SELECT trigger, started_at AS at FROM backup_runs')).toEqual([
      { trigger: 'DIARIA', at: '2026-11-24T03:00:00.000Z' },
    ]);
    // The server was off at 22:00 the next day: the backup is made when it is on again.
    office.clock.set('2026-11-25T13:00:00.000Z');
    await office.service.tick();
    expect(office.rows("SELECT count(*) AS n FROM backup_runs WHERE trigger = 'DIARIA'")).toEqual([{ n: 2 }]);
  });

  it('records a failed run with what to fix when this machine does not hold the key', async () => {
    await office.configure(admin);
    writeFileSync(`${office.file}.clave-copias`, Buffer.alloc(32, 9));
    const run = ok(await office.ask(admin, 'backups.run', {}));
    expect(run).toMatchObject({
      result: 'ERROR',
      fileName: null,
      message: expect.stringMatching(/Escriba de nuevo la frase de contraseña/),
    });
    expect(ok(await office.ask(admin, 'backups.status', {}))).toMatchObject({ keyUsable: false, warning: true });
    ok(await office.ask(admin, 'backups.setPassphrase', { passphrase: PASSPHRASE, confirmation: PASSPHRASE }));
    expect(ok(await office.ask(admin, 'backups.run', {})).result).toBe('OK');
  });
});
