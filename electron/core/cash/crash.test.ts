import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMigrationsFolder } from '../../../db/open';
import { bundleChild } from '../../../db/child-bundle';
import { TEST_NOW, ok, testOffice } from '../../../db/testing';
import { createCore } from '../app';
import { manualClock } from '../clock';
import { crashTenders } from './crash.test-support';

/**
 * A cash desk killed with SIGKILL at random moments while it registers payments, again and
 * again on the same database file. After every kill the file must be sound and hold every
 * payment the desk acknowledged, once; retrying a key after the restart never pays twice.
 */

const KILLS = 50;
/** The desk is killed while (or just after) sending its n-th payment, n up to this. */
const MAX_PAYMENTS_PER_LIFE = 5;
/** …within this many ms of the request leaving: a commit takes a few. */
const MAX_DELAY_MS = 5;
/** Coupons waiting at CAJA: more than 50 lives can take even on a fast disk. */
const COUPONS = 600;

let dir = '';
let file = '';
let child = '';

/**
 * The desk as one JavaScript file: loading the TypeScript sources anew in each of its lives
 * would take longer than all the payments. The SQLite driver stays the installed one.
 */

/**
 * An office of 200 subscribers, saved to a file, with coupons waiting at CAJA: abonos over a
 * large factura of each of the first accounts, so that many coupons cost few facturas.
 */
function prepareOffice(coupons: number, perFactura: number): void {
  const office = testOffice({ subscribers: 200 });
  const asesor = office.login('asesor');
  const product = (office.sqlite.prepare("SELECT id FROM products WHERE code = 'ACO'").get() as { id: number }).id;
  const accounts = office.sqlite
    .prepare("SELECT code, owner_party_id AS party FROM subscribers WHERE status <> 'CANCELADO' ORDER BY code")
    .all() as { code: string; party: number }[];
  const chargeOf = office.sqlite.prepare('SELECT charge_entry_id AS id FROM invoices WHERE number = ?').pluck();
  for (let i = 0; i < coupons / perFactura; i++) {
    const { code, party } = accounts[i % accounts.length]!;
    const invoice = ok(
      office.call(asesor, 'invoices.create', {
        requestKey: `crash-factura-${i}`,
        paymentForm: 'CONTADO',
        subscriberCode: code,
        partyId: party,
        lines: [{ productId: product, quantity: 2 }],
        observation: `Código ${code}, arreglo de acometida`,
      }),
    );
    const chargeId = chargeOf.get(invoice.number) as number;
    for (let j = 0; j < perFactura; j++) {
      ok(
        office.call(asesor, 'coupons.create', {
          requestKey: `crash-cupon-${i}-${j}`,
          subscriberCode: code,
          chargeIds: [chargeId],
          amount: 10_000 + 1_000 * j + i,
        }),
      );
    }
  }
  office.sqlite.exec(`VACUUM INTO '${file.replaceAll("'", "''")}'`);
  office.close();
}

interface Life {
  signal: NodeJS.Signals | null;
  code: number | null;
  lines: string[];
  stderr: string;
}

/**
 * One life of the desk: started, and killed at a random moment around its n-th payment (n
 * random), or left to finish when the coupons run out.
 */
function live(pending: { key: string; coupon: string }[]): Promise<Life> {
  return new Promise((resolve, reject) => {
    const desk = spawn(process.execPath, [child, file, TEST_NOW, defaultMigrationsFolder()], {
      env: { ...process.env, CRASH_PENDING: JSON.stringify(pending) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const killAt = 1 + Math.floor(Math.random() * MAX_PAYMENTS_PER_LIFE);
    let out = '';
    let stderr = '';
    const sent = () => out.split('\n').filter((line) => line.startsWith('sent ')).length;
    desk.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const before = sent();
      out += chunk;
      if (before < killAt && sent() >= killAt) setTimeout(() => desk.kill('SIGKILL'), Math.random() * MAX_DELAY_MS);
    });
    desk.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    desk.on('error', reject);
    desk.on('close', (code, signal) => resolve({ code, signal, stderr, lines: out.split('\n').filter(Boolean) }));
  });
}

/** Reopened after a kill: sound, and every acknowledged payment there exactly once and whole. */
function checkFile(acked: Map<string, string>): void {
  const db = new Database(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const byKey = db.prepare('SELECT number FROM receipts WHERE request_key = ?').pluck();
    for (const [key, number] of acked) expect(byKey.all(key), key).toEqual([number]);
    const broken = db
      .prepare(
        `SELECT r.number FROM receipts r LEFT JOIN payments p ON p.id = r.payment_id
         WHERE p.id IS NULL OR p.amount <> r.amount
           OR r.amount <> (SELECT coalesce(sum(t.amount), 0) FROM receipt_tenders t WHERE t.receipt_id = r.id)
           OR r.amount <> (SELECT coalesce(-sum(e.amount), 0) FROM ledger_entries e
                           WHERE e.kind = 'PAYMENT' AND e.source_type = 'PAYMENT' AND e.source_id = p.id)`,
      )
      .pluck()
      .all();
    expect(broken, 'receipts without their payment, tenders or ledger entries').toEqual([]);
    const numbers = db.prepare('SELECT number FROM receipts ORDER BY id').pluck().all() as string[];
    expect(numbers).toEqual(numbers.map((_, i) => `REC-2026-${String(i + 1).padStart(6, '0')}`));
    const last = db.prepare("SELECT coalesce(max(last_value), 0) FROM sequences WHERE series = 'RECIBO'").pluck().get();
    expect(last).toBe(numbers.length);
  } finally {
    db.close();
  }
}

describe('CAJA survives being killed mid-payment', () => {
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-crash-'));
    file = path.join(dir, 'office.db');
    child = await bundleChild(path.join(import.meta.dirname, 'crash-child.ts'), dir);
    prepareOffice(COUPONS, 4);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(`keeps every acknowledged payment once across ${KILLS} SIGKILLs, and a retried key pays nothing twice`, async () => {
    const sent = new Map<string, string>();
    const acked = new Map<string, string>();
    let kills = 0;
    let midPayment = 0;
    while (kills < KILLS) {
      const pending = [...sent].filter(([key]) => !acked.has(key)).map(([key, coupon]) => ({ key, coupon }));
      const life = await live(pending);
      for (const line of life.lines) {
        const [what, key, value] = line.split(' ');
        if (what === 'sent') sent.set(key!, value!);
        if (what === 'ack') acked.set(key!, value!);
      }
      if (life.signal !== 'SIGKILL') {
        expect(life, 'the desk stopped by itself').toMatchObject({ code: 0, lines: expect.arrayContaining(['done']) });
        break;
      }
      kills += 1;
      if ([...sent.keys()].some((key) => !acked.has(key))) midPayment += 1;
      checkFile(acked);
    }
    expect(kills).toBe(KILLS);
    // The kills really landed while payments were in flight, and many payments were taken.
    expect(midPayment).toBeGreaterThan(KILLS / 4);
    expect(acked.size).toBeGreaterThan(KILLS * 1.5);

    // After the last restart: retrying every key, acknowledged or left in flight, pays nothing twice.
    const core = createCore({ file, clock: manualClock(TEST_NOW), workstation: 'CAJA-01', log: () => undefined });
    try {
      const cajero = ok(core.dispatch(null, 'auth.login', { username: 'cajero', password: 'Cajero2026' })) as {
        sessionId: string;
      };
      const receipts = () => (core.sqlite.prepare('SELECT count(*) AS n FROM receipts').get() as { n: number }).n;
      for (const [key, coupon] of sent) {
        const total = (core.sqlite.prepare('SELECT total FROM coupons WHERE number = ?').get(coupon) as { total: number }).total;
        const before = receipts();
        const receipt = ok(
          core.dispatch(cajero.sessionId, 'cash.collect', {
            requestKey: key,
            couponNumber: coupon,
            tenders: crashTenders(coupon, total),
          }),
        ) as { number: string };
        if (acked.has(key)) {
          expect(receipt.number).toBe(acked.get(key));
          expect(receipts()).toBe(before);
        }
        acked.set(key, receipt.number);
      }
      // Nothing was paid that the desk did not send, and every key has its one receipt.
      expect(receipts()).toBe(sent.size);
    } finally {
      core.close();
    }
    checkFile(acked);
  }, 120_000);
});
