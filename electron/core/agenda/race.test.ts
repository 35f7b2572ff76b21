import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { defaultMigrationsFolder } from '../../../db/open';
import { bundleChild } from '../../../db/child-bundle';
import { TEST_NOW, ok, testOffice } from '../../../db/testing';
import { fileVisit, visitWithoutAppointment } from './agenda.fixtures';

/**
 * Two asesores, each at their own workstation (a process with its own connection to the
 * office file), book the last place of the same window at the same instant, round after
 * round. Exactly one of them gets it; the other is told the window is full.
 */
const ROUNDS = 8;
const SPACING_MS = 60;

let dir = '';
let file = '';
let child = '';

interface Outcome {
  filingNumber: string;
  ok: boolean;
  code: string | null;
}

/** Per round: a window with one place left, and a waiting trámite for each asesor. */
function prepareOffice() {
  const office = testOffice();
  const asesor = office.login('asesor');
  const days = ok(office.call(asesor, 'agenda.freeSlots', { from: '2026-11-24', days: ROUNDS })).days;
  const codes = office.sqlite
    .prepare("SELECT code FROM subscribers WHERE status <> 'CANCELADO' ORDER BY code LIMIT ?")
    .pluck()
    .all(3 * ROUNDS) as string[];
  const rounds = days.map((day, i) => {
    const slot = { visitOn: day.date, timeWindow: '10:00-12:00' };
    fileVisit(office, asesor, slot, codes[3 * i]!);
    const first = visitWithoutAppointment(office, asesor, codes[3 * i + 1]!).filingNumber;
    const second = visitWithoutAppointment(office, asesor, codes[3 * i + 2]!).filingNumber;
    return { slot, first, second };
  });
  office.sqlite.exec(`VACUUM INTO '${file.replaceAll("'", "''")}'`);
  office.close();
  return rounds;
}

function workstation(username: string, password: string, plan: object[]): Promise<Outcome[]> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [child, file, TEST_NOW, defaultMigrationsFolder(), username, password], {
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
        : reject(new Error(`workstation ${username} exited ${code}: ${err}`)),
    );
  });
}

describe('Agenda de visitas: two asesores and the last place of a window', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-agenda-race-'));
    file = path.join(dir, 'office.db');
    child = await bundleChild(path.join(import.meta.dirname, 'race-child.ts'), dir);
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`gives it to exactly one of them, ${ROUNDS} rounds out of ${ROUNDS}; the other hears the window is full`, async () => {
    const rounds = prepareOffice();
    // Both start loading well before the first round, so that each round finds them ready.
    const start = Date.now() + 3_000;
    const plan = (who: 'first' | 'second') =>
      rounds.map((r, i) => ({ at: start + i * SPACING_MS, filingNumber: r[who], ...r.slot }));
    const [one, two] = await Promise.all([
      workstation('asesor', 'Asesor2026', plan('first')),
      workstation('asesor2', 'Asesor2026', plan('second')),
    ]);
    expect(one).toHaveLength(ROUNDS);
    expect(two).toHaveLength(ROUNDS);
    for (let i = 0; i < ROUNDS; i++) {
      const pair = [one[i]!, two[i]!];
      expect(
        pair.filter((o) => o.ok),
        `round ${i + 1}`,
      ).toHaveLength(1);
      expect(pair.find((o) => !o.ok)?.code, `round ${i + 1}`).toBe('CONFLICT');
    }
    const db = new Database(file, { readonly: true });
    try {
      const perSlot = db
        .prepare(
          `SELECT visit_on, time_window, count(*) AS n FROM visit_appointments WHERE status = 'ACTIVA'
           GROUP BY visit_on, time_window`,
        )
        .all() as { n: number }[];
      expect(perSlot).toHaveLength(ROUNDS);
      expect(perSlot.every((s) => s.n === 2)).toBe(true);
    } finally {
      db.close();
    }
  }, 60_000);
});
