import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild } from '../../db/child-bundle';
import { defaultMigrationsFolder } from '../../db/open';
import { TEST_NOW, testOfficeFile } from '../../db/testing';
import { IMPORT_BATCH_ROWS } from '../core/contract/import-kinds';

/**
 * An import killed with SIGKILL between and inside its batches, again and again on the same
 * file: every batch is there whole or not at all, the database stays sound, and importing the
 * same file again after each kill completes it with no row twice.
 */

const KILLS = 4;
const SUBSCRIBERS = 60;
const PERIODS = 400;

let dir = '';
let file = '';
let child = '';
let csv = '';

function writeReadings(): number {
  const lines = ['codigo;periodo;fecha;lectura;consumo'];
  for (let s = 0; s < SUBSCRIBERS; s++) {
    for (let p = 0; p < PERIODS; p++) {
      const year = 1990 + Math.floor(p / 12);
      const month = String((p % 12) + 1).padStart(2, '0');
      lines.push(`${100001 + s};${year}-${month};${year}-${month}-25;${1000 + p * 20};20`);
    }
  }
  writeFileSync(csv, `${lines.join('\n')}\n`);
  return lines.length - 1;
}

interface Life {
  signal: NodeJS.Signals | null;
  done: boolean;
  stderr: string;
}

/** One life of the import, killed a random moment after its n-th answered batch (or left to end). */
function live(killAfter: number): Promise<Life> {
  return new Promise((resolve, reject) => {
    const importer = spawn(process.execPath, [child, file, TEST_NOW, defaultMigrationsFolder(), csv], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let stderr = '';
    importer.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      if (out.split('\n').filter((l) => l.startsWith('batch ')).length === killAfter) {
        setTimeout(() => importer.kill('SIGKILL'), Math.random() * 15);
      }
    });
    importer.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    importer.on('error', reject);
    importer.on('close', (_code, signal) => {
      const lines = out.split('\n');
      resolve({
        signal,
        stderr,
        done: lines.some((l) => l.startsWith('done')),
      });
    });
  });
}

/** The readings the file holds: whole batches only, and never one reading twice. */
function readings(): number {
  const db = new Database(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const twice = db
      .prepare('SELECT count(*) FROM (SELECT 1 FROM meter_readings GROUP BY subscriber_id, period HAVING count(*) > 1)')
      .pluck()
      .get();
    expect(twice).toBe(0);
    return db.prepare("SELECT count(*) FROM meter_readings WHERE period < '2024-01'").pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('ADMINISTRACIÓN → Importar survives being killed mid-import', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-import-crash-'));
    file = testOfficeFile(path.join(dir, 'office.db'), { subscribers: SUBSCRIBERS });
    csv = path.join(dir, 'lecturas.csv');
    child = await bundleChild(path.join(import.meta.dirname, 'import-crash-child.ts'), dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`leaves only whole batches across ${KILLS} SIGKILLs, and the same file again completes it`, async () => {
    const total = writeReadings();
    // The office's own readings of those months, before the import: none (they start later).
    const before = readings();
    let midImport = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      // Each life starts the file again: the batches earlier lives left come back "sin cambio".
      const whole = (readings() - before) / IMPORT_BATCH_ROWS;
      const life = await live(whole + 1 + (kill % 2));
      if (life.signal !== 'SIGKILL') throw new Error(`the import ended by itself: ${life.stderr}`);
      const taken = readings() - before;
      expect(taken % IMPORT_BATCH_ROWS, `${taken} readings after kill ${kill + 1}`).toBe(0);
      expect(taken).toBeLessThan(total);
      if (taken / IMPORT_BATCH_ROWS > whole) midImport++;
    }
    // The kills landed while batches were being written, not only before the first.
    expect(midImport).toBeGreaterThan(1);
    const last = await live(Number.POSITIVE_INFINITY);
    expect(last.done, last.stderr).toBe(true);
    expect(readings() - before).toBe(total);
  });
});
