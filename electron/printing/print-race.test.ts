import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild } from '../../db/child-bundle';
import { defaultMigrationsFolder } from '../../db/open';
import { TEST_NOW, testOffice } from '../../db/testing';
import { sampleFactura } from '../core/documents/documents.fixtures';
import { archivedFiles } from './print-service.test-support';

/**
 * Two puestos (each a process with its own connection to the office file, archiving to the
 * same folder) print the same factura at the same instant, round after round. Each round gives
 * one ORIGINAL and one REIMPRESIÓN 1, exactly one each, and only one ORIGINAL reaches paper.
 */
const ROUNDS = 6;
const SPACING_MS = 80;

let dir = '';
let file = '';
let archiveDir = '';
let child = '';

interface Outcome {
  number: string;
  ok: boolean;
  reprint: number | null;
  paper: string[];
}

function prepareOffice(): string[] {
  const office = testOffice();
  const asesor = office.login('asesor');
  const numbers = Array.from({ length: ROUNDS }, (_, i) => sampleFactura(office, asesor, String(100010 + i)).number);
  office.sqlite.exec(`VACUUM INTO '${file.replaceAll("'", "''")}'`);
  office.close();
  return numbers;
}

function puesto(username: string, password: string, plan: object[]): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const args = [child, file, archiveDir, TEST_NOW, defaultMigrationsFolder(), username, password];
    const p = spawn(process.execPath, args, {
      env: { ...process.env, RACE_PLAN: JSON.stringify(plan) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    p.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    p.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    p.on('error', reject);
    p.on('close', (code) =>
      code === 0
        ? resolve(
            out
              .split('\n')
              .filter(Boolean)
              .map((l) => JSON.parse(l) as Outcome),
          )
        : reject(new Error(`puesto ${username} exited ${code}: ${err}`)),
    );
  });
}

describe('Two puestos print the same document at the same moment', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-print-race-'));
    file = path.join(dir, 'office.db');
    archiveDir = path.join(dir, 'Archivo');
    child = await bundleChild(path.join(import.meta.dirname, 'print-race-child.ts'), dir);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`give one ORIGINAL and one REIMPRESIÓN 1, ${ROUNDS} rounds out of ${ROUNDS}; only one ORIGINAL reaches paper`, async () => {
    const numbers = prepareOffice();
    // Both start loading well before the first round, so that each round finds them ready.
    const start = Date.now() + 4_000;
    const plan = numbers.map((number, i) => ({ at: start + i * SPACING_MS, type: 'FACTURA', number }));
    const [one, two] = await Promise.all([puesto('asesor', 'Asesor2026', plan), puesto('asesor2', 'Asesor2026', plan)]);
    expect(one).toHaveLength(ROUNDS);
    expect(two).toHaveLength(ROUNDS);
    for (let i = 0; i < ROUNDS; i++) {
      const pair = [one[i]!, two[i]!];
      const round = `round ${i + 1}`;
      expect(
        pair.every((o) => o.ok),
        round,
      ).toBe(true);
      expect(pair.map((o) => o.reprint).sort(), round).toEqual([0, 1]);
      const paper = pair.flatMap((o) => o.paper);
      expect(paper.sort(), round).toEqual([`FACTURA ${numbers[i]}`, `FACTURA ${numbers[i]} REIMPRESIÓN 1`]);
    }
    const db = new Database(file, { readonly: true });
    try {
      const copies = db
        .prepare('SELECT document_number AS number, reprint, count(*) AS n FROM print_log GROUP BY 1, 2 ORDER BY 1, 2')
        .all();
      expect(copies).toEqual(numbers.flatMap((number) => [0, 1].map((reprint) => ({ number, reprint, n: 1 }))));
    } finally {
      db.close();
    }
    // The copy a puesto lost is not left in the archive as if it had been printed.
    expect(archivedFiles(archiveDir)).toEqual(
      numbers.flatMap((number) => [`2026/11/FACTURA/${number}-R1.pdf`, `2026/11/FACTURA/${number}.pdf`]).sort(),
    );
  }, 90_000);
});
