import type { Output } from '../electron/core/contract';
import { addCashHistory } from './cash-office';
import type { BenchOffice } from './office';
import { WAL_BACKSTOP_PAGES } from '../db/open';
import { report, time, timeBetween } from './stats';

const PAYMENTS = 2_000;
const WARMUP = 200;
/** Paid with synchronous=OFF, to tell the work of a payment from the disk's flush. */
const CPU_SAMPLE = 300;
/** Paid with SQLite checkpointing inside commits (its default), to show what the core's checkpoint saves. */
const INLINE_SAMPLE = 1_000;
/** Four desks take a payment a minute or so each; the core checkpoints every 30 s: every 10 payments is on the safe side. */
const PAYMENTS_PER_CHECKPOINT = 10;
const HISTORY_DAYS = 365;
const PAYMENTS_PER_DAY = 500;

/**
 * CAJA: a year of payments behind the office, then REGISTRAR through dispatch (one
 * synchronous=FULL commit each: numbering, ledger, tenders, audit), its retry with the same
 * key, and REPORTES → Informe diario and the dashboard over that year.
 */
export function benchCash(office: BenchOffice): void {
  const calls = caller(office);
  const { today } = calls.login('cajero', 'Cajero2026');
  const history = addCashHistory(office.core.sqlite, { today, days: HISTORY_DAYS, perDay: PAYMENTS_PER_DAY });
  console.log(
    `\nRECAUDO y CAJA: ${history.receipts.toLocaleString('es-CO')} pagos (${history.voids.toLocaleString('es-CO')} anulados) ` +
      `en ${history.dates.length} días hábiles, generados en ${(history.buildMs / 1000).toFixed(1)} s`,
  );
  benchCollect(office, calls);
  benchReports(calls, history.dates.slice(-60));
}

export function caller(office: BenchOffice) {
  const call = <T>(session: string | null, name: string, input: unknown): T => {
    const result = office.core.dispatch(session, name, input);
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.data as T;
  };
  const login = (username: string, password: string) => call<Output<'auth.login'>>(null, 'auth.login', { username, password });
  return { call, login };
}

/** REGISTRAR on a day's desk, split tender every fourth payment. */
function benchCollect(office: BenchOffice, { call, login }: ReturnType<typeof caller>): void {
  const { sqlite } = office.core;
  const asesor = login('asesor', 'Asesor2026').sessionId;
  const cajero = login('cajero', 'Cajero2026').sessionId;
  const coupons = couponsToPay(office, asesor, PAYMENTS + WARMUP + CPU_SAMPLE + INLINE_SAMPLE);
  call(cajero, 'cash.open', { openingFloat: 200_000 });
  const inputs = coupons.map((c, i) => {
    const cash = i % 4 === 0 ? Math.floor(c.total / 2) : c.total;
    const tenders: unknown[] = [{ method: 'EFECTIVO', amount: cash, tendered: Math.ceil(cash / 10_000) * 10_000 }];
    if (cash < c.total) tenders.push({ method: 'TARJETA', amount: c.total - cash, reference: `VOUCHER ${i}` });
    return { requestKey: `bench-pago-${i}`, couponNumber: c.number, tenders };
  });
  const collect = (input: (typeof inputs)[number]) => call(cajero, 'cash.collect', input);
  // The year just written sits in the WAL; the app would have checkpointed it long ago.
  office.core.checkpoint();
  inputs.slice(0, WARMUP).forEach(collect);
  const measured = inputs.slice(WARMUP, WARMUP + PAYMENTS);
  const full = sqlite.pragma('synchronous', { simple: true }) === 2 ? 'FULL' : 'no FULL';
  const journal = String(sqlite.pragma('journal_mode', { simple: true })).toUpperCase();
  console.log('\nCAJA: REGISTRAR');
  const betweenPayments = (i: number) => {
    if (i % PAYMENTS_PER_CHECKPOINT === PAYMENTS_PER_CHECKPOINT - 1) office.core.checkpoint();
  };
  report(`cash.collect (synchronous=${full}, ${journal})`, timeBetween(measured, collect, betweenPayments), 'p99 < 5 ms');
  report('cash.collect again, same key (retry)', time(measured, collect, 0));
  report('  vs. an empty commit (disk flush)', emptyCommits(office));
  sqlite.pragma('synchronous = OFF');
  report(
    '  vs. cash.collect with synchronous=OFF',
    timeBetween(inputs.slice(WARMUP + PAYMENTS, -INLINE_SAMPLE), collect, betweenPayments),
  );
  sqlite.pragma('synchronous = FULL');
  office.core.checkpoint();
  sqlite.pragma('wal_autocheckpoint = 1000');
  report('  vs. checkpoints left inside commits', time(inputs.slice(-INLINE_SAMPLE), collect, 0));
  sqlite.pragma(`wal_autocheckpoint = ${WAL_BACKSTOP_PAGES}`);
}

/** REPORTES → Informe diario and the dashboard on days of the year just generated. */
function benchReports({ call, login }: ReturnType<typeof caller>, days: string[]): void {
  const supervisor = login('supervisor', 'Supervisor2026').sessionId;
  const sample = call<Output<'reports.daily'>>(supervisor, 'reports.daily', { date: days.at(-1) });
  console.log(
    `\nREPORTES: sobre un año de pagos (el ${sample.date}: ${sample.totals.receipts} recibos, ` +
      `${sample.totals.voids} anulaciones, ${sample.sessions.length} cajas)`,
  );
  report(
    `reports.daily (≈${PAYMENTS_PER_DAY} pagos del día)`,
    time(days, (date) => call(supervisor, 'reports.daily', { date }), 5),
    '< 200 ms',
  );
  report(
    'reports.dashboard (30 días)',
    time(days.slice(-20), (date) => call(supervisor, 'reports.dashboard', { date }), 2),
  );
}

/** The floor under any commit on this disk: a one-row transaction with the same pragmas. */
function emptyCommits(office: BenchOffice) {
  const { sqlite } = office.core;
  sqlite.exec('CREATE TABLE bench_flush (n INTEGER)');
  const insert = sqlite.prepare('INSERT INTO bench_flush (n) VALUES (?)');
  const timing = time(
    Array.from({ length: 500 }, (_, i) => i),
    (i) => sqlite.transaction(() => insert.run(i))(),
    50,
  );
  sqlite.exec('DROP TABLE bench_flush');
  return timing;
}

/** A factura and its coupon for each of `count` accounts spread over the padrón (not timed). */
function couponsToPay(office: BenchOffice, asesor: string, count: number): { number: string; total: number }[] {
  const { core } = office;
  const product = (core.sqlite.prepare("SELECT id FROM products WHERE code = 'REC'").get() as { id: number }).id;
  const total = (core.sqlite.prepare('SELECT count(*) AS n FROM subscribers').get() as { n: number }).n;
  const accounts = core.sqlite
    .prepare(`SELECT code, owner_party_id AS party FROM subscribers WHERE status <> 'CANCELADO' ORDER BY (id * 7919) % ? LIMIT ?`)
    .all(total, count) as { code: string; party: number }[];
  const chargeOf = core.sqlite.prepare('SELECT charge_entry_id FROM invoices WHERE number = ?').pluck();
  return accounts.map(({ code, party }, i) => {
    const invoice = core.dispatch(asesor, 'invoices.create', {
      requestKey: `bench-cobro-factura-${i}`,
      paymentForm: 'CONTADO',
      subscriberCode: code,
      partyId: party,
      lines: [{ productId: product, quantity: 1 }],
      observation: `Código ${code}, reconexión del servicio`,
    });
    if (!invoice.ok) throw new Error(invoice.error.message);
    const coupon = core.dispatch(asesor, 'coupons.create', {
      requestKey: `bench-cobro-cupon-${i}`,
      subscriberCode: code,
      chargeIds: [chargeOf.get((invoice.data as { number: string }).number)],
    });
    if (!coupon.ok) throw new Error(coupon.error.message);
    return coupon.data as { number: string; total: number };
  });
}
