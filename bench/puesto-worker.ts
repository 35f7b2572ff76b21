/**
 * One puesto of bench/puestos.bench.ts, in a process of its own: the puesto's road to the office
 * server (createRemoteInvoke: TLS 1.3, the pinned certificate, the puesto's key, its retries)
 * without a window in front of it. A counter puesto serves customers at SUSCRIPTOR and RECAUDO
 * (código, the account, its debts, now and then a coupon); a caja collects its pile of coupons.
 *
 * stdin: one JSON line (WorkerConfig), then "go" once every puesto is ready. stdout: "ready",
 * then one JSON line (WorkerResult).
 */
import { createInterface } from 'node:readline';
import { createRemoteInvoke } from '../electron/office/remote';

export interface WorkerConfig {
  pin: { address: string; certificate: string; fingerprint: string };
  key: string;
  /** The puesto's name on the server, e.g. CAJA-6: its request keys carry it. */
  name: string;
  kind: 'MOSTRADOR' | 'CAJA';
  username: string;
  password: string;
  /** MOSTRADOR: the códigos its customers bring. */
  codes: string[];
  /** CAJA: its own pile of coupons, paid in order. */
  coupons: { number: string; total: number }[];
  /** Run one after the other; `thinkMs` is the pause between two calls of this puesto. */
  phases: { name: string; ms: number; thinkMs: number }[];
}

export interface PhaseResult {
  name: string;
  /** How long it really ran (its last customer finished after the planned time). */
  ms: number;
  /** Latency of every call, in ms, by procedure. */
  samples: Record<string, number[]>;
  /** Refusals and OFFLINE answers, by procedure and code. */
  errors: Record<string, number>;
}

export interface WorkerResult {
  phases: PhaseResult[];
  /** Payments the server acknowledged: request key, receipt, coupon. */
  paid: { key: string; receipt: string; coupon: string }[];
  /** Coupons the server acknowledged: request key, number. */
  issued: { key: string; number: string }[];
}

type Answer = { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };

const lines = createInterface({ input: process.stdin });
const nextLine = (() => {
  const queue: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => (waiting.length > 0 ? waiting.shift()!(line) : queue.push(line)));
  return () => new Promise<string>((resolve) => (queue.length > 0 ? resolve(queue.shift()!) : waiting.push(resolve)));
})();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const config = JSON.parse(await nextLine()) as WorkerConfig;
const remote = createRemoteInvoke({ pin: config.pin, key: config.key, retryForMs: 10_000 });

let phase: PhaseResult = { name: '', ms: 0, samples: {}, errors: {} };
async function call<T>(session: string | null, name: string, input: unknown): Promise<T | null> {
  const started = process.hrtime.bigint();
  const answer = (await remote(session, name, input)) as Answer;
  (phase.samples[name] ??= []).push(Number(process.hrtime.bigint() - started) / 1e6);
  if (answer.ok) return answer.data as T;
  const what = `${name} ${answer.error.code}`;
  phase.errors[what] = (phase.errors[what] ?? 0) + 1;
  return null;
}

async function must<T>(session: string | null, name: string, input: unknown): Promise<T> {
  const answer = (await remote(session, name, input)) as Answer;
  if (!answer.ok) throw new Error(`${config.username} ${name}: ${answer.error.code} ${answer.error.message}`);
  return answer.data as T;
}

const session = (await must<{ sessionId: string }>(null, 'auth.login', { username: config.username, password: config.password }))
  .sessionId;
if (config.kind === 'CAJA') {
  const current = await must<{ session: unknown }>(session, 'cash.current', {});
  if (!current.session) await must(session, 'cash.open', { openingFloat: 200_000 });
}
const result: WorkerResult = { phases: [], paid: [], issued: [] };
let customer = 0;
let coupon = 0;
let keys = 0;
const keyOf = (what: string) => `bench-${config.name}-${what}-${++keys}`;

/** SUSCRIPTOR → the código, the account; RECAUDO → its debts; every third customer, GENERAR a coupon for an abono. */
async function counterCustomer(think: () => Promise<unknown>): Promise<void> {
  const code = config.codes[customer++ % config.codes.length]!;
  await call(session, 'subscribers.byCode', { code });
  await think();
  await call(session, 'subscribers.view', { code });
  await think();
  const owed = await call<{ items: { chargeId: number; outstanding: number }[] }>(session, 'coupons.owed', { code });
  await think();
  const debt = owed?.items[0];
  if (customer % 3 === 0 && debt) {
    const requestKey = keyOf('cupon');
    const issued = await call<{ number: string }>(session, 'coupons.create', {
      requestKey,
      subscriberCode: code,
      chargeIds: [debt.chargeId],
      amount: Math.min(debt.outstanding, 10_000),
    });
    if (issued) result.issued.push({ key: requestKey, number: issued.number });
    await think();
  }
}

/** REGISTRAR the next coupon of the pile, efectivo; when the pile is done, the desk's state. */
async function cajaPayment(think: () => Promise<unknown>): Promise<void> {
  const next = config.coupons[coupon++];
  if (!next) {
    await call(session, 'cash.current', {});
  } else {
    const requestKey = keyOf('pago');
    const tenders = [{ method: 'EFECTIVO', amount: next.total, tendered: Math.ceil(next.total / 10_000) * 10_000 }];
    const receipt = await call<{ number: string }>(session, 'cash.collect', { requestKey, couponNumber: next.number, tenders });
    if (receipt) result.paid.push({ key: requestKey, receipt: receipt.number, coupon: next.number });
  }
  await think();
}

process.stdout.write('ready\n');
await nextLine();
for (const { name, ms, thinkMs } of config.phases) {
  phase = { name, ms: 0, samples: {}, errors: {} };
  const think = () => (thinkMs > 0 ? sleep(thinkMs) : Promise.resolve());
  const started = performance.now();
  while (performance.now() < started + ms) await (config.kind === 'CAJA' ? cajaPayment(think) : counterCustomer(think));
  phase.ms = performance.now() - started;
  result.phases.push(phase);
}
remote.close();
lines.close();
process.stdout.write(`${JSON.stringify(result)}\n`);
