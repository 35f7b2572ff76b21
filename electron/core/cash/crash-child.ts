/**
 * The cash desk that crash.test.ts kills: a cashier registering payments in a loop on a file
 * database (WAL, synchronous=FULL), as the app does. Each request key is announced before it
 * is sent ("sent"), and a payment is acknowledged ("ack") only after dispatch answered ok. On
 * start it first retries the keys its previous life sent without an answer, as the screen
 * does with the key it generated before sending.
 *
 * argv: database file, office instant (ISO), migrations folder. env CRASH_PENDING: JSON [{ key, coupon }].
 * crash.test.ts bundles it once, so that each of its many lives starts in a fraction of a second.
 */
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import { createCore } from '../app';
import { manualClock } from '../clock';
import type { Input, Output, ProcedureName, Result } from '../contract';
import { crashTenders } from './crash.test-support';

const [file, instant, migrationsFolder] = process.argv.slice(2);
const pending = JSON.parse(process.env.CRASH_PENDING ?? '[]') as { key: string; coupon: string }[];

/** Straight to the pipe, no buffering: what was written survives the kill. */
function say(line: string): void {
  const bytes = Buffer.from(`${line}\n`);
  for (let done = 0; done < bytes.length;) {
    try {
      done += writeSync(1, bytes, done);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
    }
  }
}

const core = createCore({
  file: file!,
  migrationsFolder,
  clock: manualClock(instant!),
  workstation: 'CAJA-01',
  log: () => undefined,
});
const call = <N extends ProcedureName>(session: string | null, name: N, input: Input<N>) => {
  const result = core.dispatch(session, name, input) as Result<Output<N>>;
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
  return result.data;
};

const cajero = call(null, 'auth.login', { username: 'cajero', password: 'Cajero2026' }).sessionId;
if (!call(cajero, 'cash.current', {}).session) call(cajero, 'cash.open', { openingFloat: 100_000 });

const unpaid = core.sqlite.prepare(
  `SELECT k.number, k.total FROM coupons k WHERE NOT EXISTS (SELECT 1 FROM receipts r WHERE r.coupon_id = k.id)
   AND k.number NOT IN (SELECT value FROM json_each(?)) ORDER BY k.id LIMIT 1`,
);
const totalOf = core.sqlite.prepare('SELECT total FROM coupons WHERE number = ?');

function pay(key: string, coupon: string, total: number): void {
  const tenders = crashTenders(coupon, total);
  const receipt = call(cajero, 'cash.collect', { requestKey: key, couponNumber: coupon, tenders });
  say(`ack ${key} ${receipt.number}`);
}

for (const p of pending) pay(p.key, p.coupon, (totalOf.get(p.coupon) as { total: number }).total);
const skip = JSON.stringify(pending.map((p) => p.coupon));
for (;;) {
  const next = unpaid.get(skip) as { number: string; total: number } | undefined;
  if (!next) break;
  const key = randomUUID();
  say(`sent ${key} ${next.number}`);
  pay(key, next.number, next.total);
}
say('done');
core.close();
