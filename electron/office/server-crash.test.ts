import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Host, ensureRenderer, startHost } from '../../e2e/host';
import {
  type Puesto,
  type ServerDesk,
  addUser,
  firstLogin,
  freePort,
  must,
  pair,
  serverDesk,
  startServer,
} from './office.test-support';

/**
 * The servidor de la oficina killed with SIGKILL in the middle of a burst of payments from three
 * cajas (three cajeros, each on their own puesto with their own cash session) and started again
 * on the same folder and port. While it is away every caja keeps sending the same request (same
 * request key), as the CAJA screen does with the key it made for that payment. Afterwards, on the
 * server's database: every payment a caja was told about is there once, as that caja's; no coupon
 * is paid twice although the cajas reach for each other's coupons; no request key made two
 * receipts; the receipts are numbered without a gap.
 */

const CAJAS = 3;
/** Each caja's own pile of coupons. */
const PER_CAJA = 30;
/** Every so many coupons, a caja first tries the one the next caja is about to take (the same coupon at two windows). */
const REACH_EVERY = 4;
/** The server is killed once this many payments were acknowledged. */
const KILL_AFTER = Math.floor((CAJAS * PER_CAJA) / 3);
/**
 * The server stays dead longer than a puesto keeps retrying on its own (10 s): the cajas are told
 * OFFLINE and send the same request again, as the screen does.
 */
const DOWN_MS = 11_000;
/** No caja starts a payment after this: the burst stops by itself. */
const BURST_MS = 60_000;
/** Sends of one request beyond the puesto's own retrying (10 s each), before the test gives up. */
const TRIES = 6;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Caja extends Puesto {
  cajero: string;
  session: string;
}

interface Coupon {
  number: string;
  total: number;
}

interface Sent {
  caja: Caja;
  coupon: Coupon;
  /** The receipt the caja was given, or the refusal because another caja paid the coupon first. */
  outcome?: { receipt: string } | { refused: string };
}

let port = 0;
let server: Host;
let restarted: Host | null = null;
let desk: ServerDesk;
const cajas: Caja[] = [];
const piles: Coupon[][] = [];
const hosts: Host[] = [];

const tendersFor = (c: Coupon) => [{ method: 'EFECTIVO', amount: c.total, tendered: Math.ceil(c.total / 1_000) * 1_000 }];

/** Subscribers with a large debt: each one pays a few small abonos on it. */
function debtors(dbFile: string, count: number): string[] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return db
      .prepare(
        `SELECT s.code FROM subscribers s WHERE EXISTS (SELECT 1 FROM ledger_entries c WHERE c.subscriber_id = s.id AND c.kind = 'CHARGE'
           AND c.amount + coalesce((SELECT sum(a.amount) FROM ledger_entries a WHERE a.applies_to_id = c.id), 0) >= 20000)
         ORDER BY s.code LIMIT ?`,
      )
      .pluck()
      .all(count) as string[];
  } finally {
    db.close();
  }
}

/** The coupons of every pile, made at RECAUDO by an asesor at the server's own window. */
async function prepareCoupons(): Promise<void> {
  const asesor = await desk.client.login('asesor', 'Asesor2026');
  const codes = debtors(server.dbFile, PER_CAJA);
  expect(codes).toHaveLength(PER_CAJA);
  const debt = new Map<string, number>();
  for (const code of codes) {
    const owed = must(
      await desk.client.call<{ items: { chargeId: number; outstanding: number }[] }>('coupons.owed', { code }, asesor),
      'coupons.owed',
    );
    debt.set(code, owed.items.find((item) => item.outstanding >= 20_000)!.chargeId);
  }
  for (let pile = 0; pile < CAJAS; pile++) {
    piles.push([]);
    for (let i = 0; i < PER_CAJA; i++) {
      const code = codes[i]!;
      const coupon = must(
        await desk.client.call<Coupon>(
          'coupons.create',
          {
            requestKey: `cupon-${pile}-${i}`,
            subscriberCode: code,
            chargeIds: [debt.get(code)!],
            amount: 1_000 + 100 * pile + i,
          },
          asesor,
        ),
        'coupons.create',
      );
      piles[pile]!.push({ number: coupon.number, total: coupon.total });
    }
  }
}

describe('the office server killed mid-payments', () => {
  beforeAll(async () => {
    await ensureRenderer();
    port = await freePort();
    const started = await Promise.all([
      startServer(port),
      ...Array.from({ length: CAJAS }, () => startHost({ demo: true, subscribers: 20 })),
    ]);
    hosts.push(...started);
    server = started[0]!;
    desk = await serverDesk(server, port);
    for (const username of ['cajero2', 'cajero3']) {
      await addUser(desk, { username, fullName: `Caja ${username.slice(-1)} de la prueba`, documentNumber: '', role: 'CAJERO' });
    }
    for (let n = 0; n < CAJAS; n++) {
      const puesto = await pair(desk, started[n + 1]!, `CAJA-0${n + 1}`);
      const cajero = n === 0 ? 'cajero' : `cajero${n + 1}`;
      const session = n === 0 ? await puesto.client.login('cajero', 'Cajero2026') : await firstLogin(puesto.client, cajero);
      must(await puesto.client.call('cash.open', { openingFloat: 100_000 }, session), `cash.open ${cajero}`);
      cajas.push({ ...puesto, cajero, session });
    }
    await prepareCoupons();
  });

  afterAll(async () => {
    await Promise.allSettled([...hosts, ...(restarted ? [restarted] : [])].map((h) => h.stop()));
  });

  it('keeps every acknowledged payment once, pays no coupon twice and numbers receipts without a gap', async () => {
    const sent = new Map<string, Sent>();
    const acked = () => [...sent.values()].filter((s) => s.outcome && 'receipt' in s.outcome).length;
    let offlineAnswers = 0;
    let keys = 0;

    /** One payment, its request sent again with the same key while the server does not answer. */
    async function collect(caja: Caja, coupon: Coupon): Promise<void> {
      const requestKey = `pago-${caja.name}-${++keys}`;
      const entry: Sent = { caja, coupon };
      sent.set(requestKey, entry);
      const input = { requestKey, couponNumber: coupon.number, tenders: tendersFor(coupon) };
      for (let attempt = 0; attempt < TRIES; attempt++) {
        const answer = await caja.client.call<{ number: string }>('cash.collect', input, caja.session);
        if (answer.ok) {
          entry.outcome = { receipt: answer.data.number };
          return;
        }
        if (answer.error.code === 'OFFLINE') {
          offlineAnswers += 1;
          await sleep(250);
          continue;
        }
        if (answer.error.code === 'RULE' && answer.error.message.includes('ya está PAGADO')) {
          entry.outcome = { refused: answer.error.message };
          return;
        }
        throw new Error(`${caja.name} ${coupon.number}: ${answer.error.code} ${answer.error.message}`);
      }
      throw new Error(`${caja.name} ${coupon.number}: sin respuesta del servidor tras ${TRIES} envíos`);
    }

    const deadline = Date.now() + BURST_MS;
    async function work(n: number): Promise<void> {
      const next = piles[(n + 1) % CAJAS]!;
      for (let i = 0; i < PER_CAJA && Date.now() < deadline; i++) {
        if (i % REACH_EVERY === REACH_EVERY - 1) await collect(cajas[n]!, next[i]!);
        await collect(cajas[n]!, piles[n]![i]!);
      }
    }

    let inFlightAtKill = -1;
    let ackedBeforeKill = 0;
    async function crash(): Promise<void> {
      while (acked() < KILL_AFTER && Date.now() < deadline) await sleep(2);
      ackedBeforeKill = acked();
      inFlightAtKill = [...sent.values()].filter((s) => !s.outcome).length;
      await server.kill();
      await sleep(DOWN_MS);
      restarted = await startServer(port, { dir: server.dir });
    }

    await Promise.all([crash(), ...cajas.map((_, n) => work(n))]);
    expect(restarted, 'the server was killed and started again').not.toBeNull();
    expect(ackedBeforeKill).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(inFlightAtKill, 'payments were on their way when the server died').toBeGreaterThan(0);
    expect(offlineAnswers, 'the cajas were told OFFLINE and sent their requests again').toBeGreaterThan(0);
    expect(acked(), 'payments were acknowledged after the restart').toBeGreaterThan(ackedBeforeKill);

    // Every coupon of every pile was paid by exactly one caja, and every request has its outcome.
    const all = [...sent.values()];
    expect(all.filter((s) => !s.outcome)).toEqual([]);
    const paidCoupons = all.filter((s) => s.outcome && 'receipt' in s.outcome).map((s) => s.coupon.number);
    expect(new Set(paidCoupons).size).toBe(paidCoupons.length);
    expect(paidCoupons.sort()).toEqual(
      piles
        .flat()
        .map((c) => c.number)
        .sort(),
    );
    // The cajas did reach for the same coupons: some of them were told another caja was first.
    expect(all.filter((s) => s.outcome && 'refused' in s.outcome).length).toBeGreaterThan(0);

    // Sent again after it all, every request answers what it answered the first time.
    for (const [requestKey, s] of sent) {
      const again = await s.caja.client.call<{ number: string }>(
        'cash.collect',
        { requestKey, couponNumber: s.coupon.number, tenders: tendersFor(s.coupon) },
        s.caja.session,
      );
      if ('receipt' in s.outcome!) expect(again.ok && again.data.number, requestKey).toBe(s.outcome.receipt);
      else expect(!again.ok && again.error.code, requestKey).toBe('RULE');
    }

    await Promise.all(hosts.slice(1).map((h) => h.stop()));
    await restarted!.stop({ keepFolder: true });
    const db = new Database(server.dbFile, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const byKey = db.prepare(
        `SELECT r.number, k.number AS coupon, u.username AS cajero, s.workstation FROM receipts r
         JOIN coupons k ON k.id = r.coupon_id JOIN cash_sessions s ON s.id = r.cash_session_id JOIN users u ON u.id = r.cashier_id
         WHERE r.request_key = ?`,
      );
      for (const [requestKey, s] of sent) {
        const expected =
          'receipt' in s.outcome!
            ? [{ number: s.outcome.receipt, coupon: s.coupon.number, cajero: s.caja.cajero, workstation: s.caja.name }]
            : [];
        expect(byKey.all(requestKey), requestKey).toEqual(expected);
      }
      const count = (sql: string) => db.prepare(sql).pluck().get() as number;
      expect(count('SELECT count(*) FROM receipts'), 'receipts nobody was told about').toBe(paidCoupons.length);
      expect(
        db.prepare('SELECT coupon_id FROM receipts GROUP BY coupon_id HAVING count(*) > 1').all(),
        'coupons paid twice',
      ).toEqual([]);
      expect(db.prepare('SELECT request_key FROM receipts GROUP BY request_key HAVING count(*) > 1').all()).toEqual([]);
      const numbers = db.prepare('SELECT number FROM receipts ORDER BY id').pluck().all() as string[];
      expect(numbers).toEqual(numbers.map((_, i) => `REC-2026-${String(i + 1).padStart(6, '0')}`));
      expect(count("SELECT last_value FROM sequences WHERE series = 'RECIBO' AND year = 2026")).toBe(numbers.length);
      const unsound = db
        .prepare(
          `SELECT r.number FROM receipts r LEFT JOIN payments p ON p.id = r.payment_id
           WHERE p.id IS NULL OR p.amount <> r.amount
             OR r.amount <> (SELECT coalesce(sum(t.amount), 0) FROM receipt_tenders t WHERE t.receipt_id = r.id)
             OR r.amount <> (SELECT coalesce(-sum(e.amount), 0) FROM ledger_entries e
                             WHERE e.kind = 'PAYMENT' AND e.source_type = 'PAYMENT' AND e.source_id = p.id)`,
        )
        .pluck()
        .all();
      expect(unsound, 'receipts without their payment, tenders or ledger entries').toEqual([]);
    } finally {
      db.close();
      rmSync(server.dir, { recursive: true, force: true });
    }
  }, 150_000);
});
