import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultMigrationsFolder, openDatabase, WAL_BACKSTOP_PAGES } from './open';

const work = mkdtempSync(path.join(tmpdir(), 'ventanilla-migrations-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Journal {
  entries: { idx: number; tag: string }[];
}

/** A copy of the migrations folder holding only the first `count` migrations: an older release. */
function olderRelease(count: number): string {
  const folder = path.join(work, `release-${count}`);
  cpSync(defaultMigrationsFolder(), folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal;
  journal.entries = journal.entries.slice(0, count);
  writeFileSync(journalFile, JSON.stringify(journal));
  return folder;
}

describe('migrations', () => {
  it('bring a database of the first release up to date and keep its data', () => {
    const file = path.join(work, 'office.db');
    const first = openDatabase({ file, migrationsFolder: olderRelease(1) });
    first.sqlite.exec(`
      INSERT INTO zones (id, name, municipality) VALUES (1, 'FLORENCIA', 'Florencia');
      INSERT INTO routes (id, zone_id, code, name) VALUES (1, 1, '01-001', 'RUTA 1');
      INSERT INTO parties (id, document_type, document_number, names, surnames, created_at, updated_at)
        VALUES (1, 'CC', '40781235', 'Luz Dary', 'Núñez Plaza', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
      INSERT INTO subscribers (id, code, route_id, address, land_use, stratum, aqueduct, sewer, waste, status, has_meter, owner_party_id, created_at)
        VALUES (1, '100001', 1, 'CALLE 1 # 2-3', 'RESIDENCIAL', 2, 1, 1, 1, 'ACTIVO', 1, 1, '2026-01-01T00:00:00Z');
      INSERT INTO ledger_entries (id, subscriber_id, entry_date, posted_at, kind, amount, concept, source_type, source_id)
        VALUES (1, 1, '2026-01-05', '2026-01-05T12:00:00Z', 'CHARGE', 45300, 'Factura', 'PERIODIC_BILL', 1);
    `);
    first.sqlite.close();

    const { sqlite } = openDatabase({ file });
    expect(sqlite.prepare('SELECT code FROM subscribers').all()).toEqual([{ code: '100001' }]);
    // The search index built by the later migration covers the rows that were already there.
    sqlite.exec("INSERT INTO padron_fts (padron_fts) VALUES ('rebuild')");
    expect(() => sqlite.prepare('UPDATE ledger_entries SET amount = 1').run()).toThrow('ledger_entries es inmutable');
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    sqlite.close();
  });

  it('number again the prints two processes logged as the same copy, then keep each copy unique', () => {
    const file = path.join(work, 'prints.db');
    const before = openDatabase({ file, migrationsFolder: olderRelease(10) });
    before.sqlite.exec(`
      INSERT INTO users (id, username, full_name, role, password_hash, created_at, password_changed_at)
        VALUES (1, 'cajero', 'Cajero', 'CAJERO', 'x', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
      INSERT INTO print_log (document_type, document_number, reprint, archive_path, printer, printed_at, user_id, workstation) VALUES
        ('RECIBO', 'REC-2026-000001', 0, 'a.pdf', '', '2026-01-02T10:00:00Z', 1, 'CAJA-01'),
        ('RECIBO', 'REC-2026-000001', 0, 'b.pdf', '', '2026-01-02T10:00:00Z', 1, 'CAJA-02'),
        ('RECIBO', 'REC-2026-000001', 1, 'c.pdf', '', '2026-01-02T11:00:00Z', 1, 'CAJA-01'),
        ('FACTURA', 'FAC-2026-000001', 0, 'd.pdf', '', '2026-01-02T12:00:00Z', 1, 'CAJA-01');
    `);
    before.sqlite.close();

    const { sqlite } = openDatabase({ file });
    expect(sqlite.prepare('SELECT document_number AS n, reprint, archive_path AS p FROM print_log ORDER BY id').all()).toEqual([
      { n: 'REC-2026-000001', reprint: 0, p: 'a.pdf' },
      { n: 'REC-2026-000001', reprint: 1, p: 'b.pdf' },
      { n: 'REC-2026-000001', reprint: 2, p: 'c.pdf' },
      { n: 'FAC-2026-000001', reprint: 0, p: 'd.pdf' },
    ]);
    const insert = sqlite.prepare(
      "INSERT INTO print_log (document_type, document_number, reprint, archive_path, printer, printed_at, user_id, workstation) VALUES ('FACTURA', 'FAC-2026-000001', ?, 'e.pdf', '', '2026-01-03T09:00:00Z', 1, 'CAJA-02')",
    );
    expect(() => insert.run(0)).toThrow(/UNIQUE/);
    const { lastInsertRowid } = insert.run(1);
    // The printer's answer is written once; the rest of a print is history.
    const answer = sqlite.prepare(
      "UPDATE print_log SET printer_error = ?, printer_answered_at = '2026-01-03T09:00:05Z' WHERE id = ?",
    );
    answer.run('Sin papel', lastInsertRowid);
    expect(() => answer.run(null, lastInsertRowid)).toThrow('print_log es inmutable');
    expect(() => sqlite.prepare("UPDATE print_log SET archive_path = 'x.pdf' WHERE id = 1").run()).toThrow(
      'print_log es inmutable',
    );
    sqlite.close();
  });

  it('give an office of an earlier release the cambio de nombre of seed 004: its fee (CNO) with a price, the causal its gate', () => {
    const file = path.join(work, 'name-change.db');
    const before = openDatabase({ file, migrationsFolder: olderRelease(17) });
    before.sqlite.exec(`
      INSERT INTO causes (service, name, sui_group, sui_code) VALUES ('ACUEDUCTO', 'CAMBIO DE NOMBRE', 'F', '113');
      INSERT INTO products (code, name, category) VALUES ('CNA', 'CERTIFICADO DE NO ADEUDO', 'CERTIFICADO');
    `);
    before.sqlite.close();

    const { sqlite } = openDatabase({ file });
    expect(
      sqlite
        .prepare(
          `SELECT c.gate_product_code AS gate, c.requires_account_current AS current, c.outcome, pp.price
           FROM causes c JOIN products p ON p.code = c.gate_product_code JOIN product_prices pp ON pp.product_id = p.id`,
        )
        .all(),
    ).toEqual([{ gate: 'CNO', current: 1, outcome: 'CAMBIO_DE_TITULAR', price: 45_000 }]);
    sqlite.close();
  });

  it('apply every migration on an empty database with foreign keys intact', () => {
    const { sqlite } = openDatabase({ file: ':memory:' });
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    const applied = (sqlite.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
    const journal = JSON.parse(readFileSync(path.join(defaultMigrationsFolder(), 'meta', '_journal.json'), 'utf8')) as Journal;
    expect(applied).toBe(journal.entries.length);
  });

  it('match the schema: drizzle-kit finds nothing left to generate', () => {
    const out = path.join(work, 'generated');
    cpSync(defaultMigrationsFolder(), out, { recursive: true });
    const config = path.join(work, 'drizzle.config.json');
    writeFileSync(
      config,
      JSON.stringify({
        dialect: 'sqlite',
        schema: './db/schema/index.ts',
        out: path.relative(process.cwd(), out),
        casing: 'snake_case',
      }),
    );
    const before = readdirSync(out).sort();
    const run = spawnSync(
      process.execPath,
      [path.resolve('node_modules/drizzle-kit/bin.cjs'), 'generate', `--config=${config}`],
      {
        encoding: 'utf8',
      },
    );
    const log = `${run.stdout}${run.stderr}`;
    expect(readdirSync(out).sort(), log).toEqual(before);
    expect(log).toMatch(/nothing to migrate/i);
  }, 60_000);

  it('open a database file written by another connection in WAL mode, with FULL sync', () => {
    const file = path.join(work, 'wal.db');
    const { sqlite } = openDatabase({ file });
    expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(sqlite.pragma('synchronous', { simple: true })).toBe(2);
    expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    // Commits leave the WAL to the core's checkpoint between calls; SQLite's own is the backstop.
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(WAL_BACKSTOP_PAGES);
    sqlite.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'audit'").get()).toEqual({ n: 1 });
    raw.close();
  });
});
