import Database from 'better-sqlite3';
import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { bundleChild } from '../db/child-bundle';
import { bridgeClient } from '../e2e/bridge-client';
import { ensureRenderer, startHost } from '../e2e/host';
import { createRemoteInvoke } from '../electron/office/remote';
import type { BenchOffice } from './office';
import { PUESTOS_PASSWORD, type Prepared, pairPuesto, prepare } from './puestos-office';
import type { WorkerConfig, WorkerResult } from './puesto-worker';
import { type UiHost, startUiHost } from './ui-host';
import { ms, report, timing } from './stats';

/**
 * Puestos y servidor de la oficina, over TLS 1.3 on 127.0.0.1 against a copy of the bench office:
 * 1. what a call costs more from a puesto than on the server's own window (equipo único);
 * 2. eight puestos at work at once, each in its own process: counters at SUSCRIPTOR and RECAUDO,
 *    cajas at REGISTRAR; throughput, latency, and every acknowledged payment on the server once.
 * BENCH_PUESTOS_SECONDS (60) is the busy office's length, BENCH_PUESTOS_THINK_MS (50) each
 * puesto's pause between two calls; e.g. BENCH_PUESTOS_SECONDS=15 for a quick run.
 */

const SECONDS = Number(process.env.BENCH_PUESTOS_SECONDS ?? 60);
const THINK_MS = Number(process.env.BENCH_PUESTOS_THINK_MS ?? 50);
/** Then every puesto calls again as soon as it is answered: what the server gives at most. */
const FLAT_OUT_SECONDS = Math.min(10, SECONDS);
const OVERHEAD_CALLS = 2_000;
const OVERHEAD_WARMUP = 500;
const MOSTRADORES = 5;
const CAJAS = 3;
const CODES_PER_MOSTRADOR = 400;
/** A caja pays at most one coupon per pause in the busy office, and (a guess on the safe side) 100 a second flat out. */
const COUPONS_PER_CAJA = Math.ceil((SECONDS * 1000) / Math.max(THINK_MS, 1)) + FLAT_OUT_SECONDS * 100;
const START_TIMEOUT_MS = 120_000;

type Path = (name: string, input: unknown) => Promise<unknown>;

/** Each input through every path, in an order that turns from one input to the next; latencies in ms. */
async function timeRotated<T>(inputs: T[], paths: ((input: T) => Promise<unknown>)[]): Promise<number[][]> {
  const samples = paths.map(() => [] as number[]);
  for (const [i, input] of inputs.entries()) {
    for (let k = 0; k < paths.length; k++) {
      const p = (i + k) % paths.length;
      const started = process.hrtime.bigint();
      await paths[p]!(input);
      samples[p]!.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
  }
  return samples;
}

/** 1. One query, the same inputs, through the server's own window, the puesto's road alone, and a puesto's window. */
async function benchOverhead(server: UiHost, address: string, admin: string, codes: string[]): Promise<void> {
  const puestoHost = await startHost({ demo: true, subscribers: 20 });
  const direct = await pairPuesto(server, admin, address, 'BENCH-DIRECTO');
  const remote = createRemoteInvoke({ pin: direct.pin, key: direct.key });
  try {
    const puesto = await bridgeClient(puestoHost.url);
    const localAdmin = await puesto.login('admin', 'Admin2026');
    const created = await server.call<{ code: string }>('puestos.create', { name: 'BENCH-VENTANA' }, admin);
    const paired = await puesto.call('station.pair', { address, code: created.code }, localAdmin);
    if (!paired.ok) throw new Error(`station.pair: ${paired.error.message}`);
    const onServer = await server.login('asesor', 'Asesor2026');
    const onPuesto = await puesto.login('asesor', 'Asesor2026');
    const checked = <A extends { ok: boolean; error?: { message: string } }>(answer: A): A => {
      if (!answer.ok) throw new Error(answer.error?.message);
      return answer;
    };
    const login = (await remote(null, 'auth.login', { username: 'asesor', password: 'Asesor2026' })) as {
      ok: boolean;
      data?: { sessionId: string };
    };
    const onRoad = checked(login).data!.sessionId;
    const paths: [string, Path][] = [
      ["server's own window (equipo único)", async (name, input) => checked(await server.invoke(name, input, onServer))],
      [
        "the puesto's road alone (TLS, pinned)",
        async (name, input) => checked((await remote(onRoad, name, input)) as { ok: boolean }),
      ],
      ["a puesto's window (its host, then TLS)", async (name, input) => checked(await puesto.call(name, input, onPuesto))],
    ];
    console.log(
      `\n  One call, ${OVERHEAD_CALLS} times each way, the ways alternated (after ${OVERHEAD_WARMUP} of each query to warm up):`,
    );
    const queries = [
      ['auth.session', () => ({})],
      ['subscribers.byCode', (i: number) => ({ code: codes[i % codes.length]! })],
    ] as const;
    const through = (name: string) =>
      paths.map(
        ([, call]) =>
          (input: unknown) =>
            call(name, input),
      );
    // Every way and every query warm before anything is timed: the first timed after a start pays for the start.
    for (const [name, inputOf] of queries) {
      await timeRotated(
        Array.from({ length: OVERHEAD_WARMUP }, (_, i) => inputOf(i)),
        through(name),
      );
    }
    for (const [name, inputOf] of queries) {
      const samples = await timeRotated(
        Array.from({ length: OVERHEAD_CALLS }, (_, i) => inputOf(OVERHEAD_WARMUP + i)),
        through(name),
      );
      const timings = samples.map(timing);
      console.log(`  ${name}`);
      paths.forEach(([label], p) => report(`  ${label}`, timings[p]!));
      const added = timings[2]!.p95 - timings[0]!.p95;
      console.log(
        `  ${'  added at p95 by the puesto'.padEnd(44)} ${ms(added).padStart(10)}  target < 2 ms  ${added < 2 ? 'PASS' : 'FAIL'}`,
      );
    }
  } finally {
    remote.close();
    await puestoHost.stop();
  }
}

function lineReader(child: ChildProcessByStdio<Writable, Readable, null>) {
  const queue: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => (waiting.length > 0 ? waiting.shift()!(line) : queue.push(line)));
  child.once('exit', () => waiting.splice(0).forEach((resolve) => resolve(null)));
  return (timeoutMs: number) =>
    new Promise<string | null>((resolve, reject) => {
      if (queue.length > 0) return resolve(queue.shift()!);
      if (child.exitCode !== null) return resolve(null);
      const timer = setTimeout(() => reject(new Error('un puesto no respondió a tiempo')), timeoutMs);
      waiting.push((line) => {
        clearTimeout(timer);
        resolve(line);
      });
    });
}

/** 2. Eight puestos at once; every acknowledged payment and coupon then looked up on the server's file. */
async function benchLoad(
  server: UiHost,
  address: string,
  admin: string,
  work: Prepared,
  dir: string,
  dbFile: string,
): Promise<void> {
  const worker = await bundleChild(path.join(import.meta.dirname, 'puesto-worker.ts'), dir);
  const phases = [
    { name: `busy office, a call every ${THINK_MS} ms per puesto`, ms: SECONDS * 1000, thinkMs: THINK_MS },
    { name: 'flat out, no pause', ms: FLAT_OUT_SECONDS * 1000, thinkMs: 0 },
  ];
  const configs: WorkerConfig[] = [];
  for (const [i, user] of work.users.entries()) {
    const name = `${user.kind}-${i + 1}`;
    const { pin, key } = await pairPuesto(server, admin, address, name);
    const cajaIndex = i - MOSTRADORES;
    configs.push({
      pin,
      key,
      name,
      kind: user.kind,
      username: user.username,
      password: PUESTOS_PASSWORD,
      codes: user.kind === 'MOSTRADOR' ? work.codes[i]! : [],
      coupons: user.kind === 'CAJA' ? work.coupons[cajaIndex]! : [],
      phases,
    });
  }
  const children = configs.map(() => spawn(process.execPath, [worker], { stdio: ['pipe', 'pipe', 'inherit'] }));
  const results: WorkerResult[] = [];
  try {
    const readers = children.map(lineReader);
    children.forEach((child, i) => child.stdin.write(`${JSON.stringify(configs[i])}\n`));
    for (const read of readers) if ((await read(START_TIMEOUT_MS)) !== 'ready') throw new Error('un puesto no quedó listo');
    children.forEach((child) => child.stdin.write('go\n'));
    const allPhasesMs = phases.reduce((t, p) => t + p.ms, 0);
    for (const read of readers) {
      const line = await read(allPhasesMs + START_TIMEOUT_MS);
      if (!line) throw new Error('un puesto terminó sin resultados');
      results.push(JSON.parse(line) as WorkerResult);
    }
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  }
  await server.stop();

  console.log(
    `\n  ${MOSTRADORES + CAJAS} puestos: ${MOSTRADORES} mostradores (código, cuenta, deudas, a coupon every third customer), ${CAJAS} cajas (REGISTRAR).\n` +
      '  Each is a process of its own on the puesto’s road (createRemoteInvoke: TLS 1.3, pinned certificate, its key) with no\n' +
      '  window in front: eight more full hosts would spend the cores the server needs, and the window’s hop is measured above.\n' +
      '  On one computer the puestos share the server’s cores; in an office each is a computer of its own.',
  );
  for (const [p, phase] of phases.entries()) {
    const of = results.map((r) => r.phases[p]!);
    const all = of.flatMap((r) => Object.values(r.samples).flat());
    const seconds = Math.max(...of.map((r) => r.ms)) / 1000;
    console.log(
      `  ${phase.name}: ${all.length.toLocaleString('es-CO')} calls in ${seconds.toFixed(1)} s = ${(all.length / seconds).toFixed(0)} calls/s`,
    );
    const t = timing(all);
    // The target is the busy office's; flat out is how far the server goes, queueing included.
    if (p === 0) report('every call', t, 'p99 < 25 ms', t.p99 < 25);
    else report('every call', t);
    const names = [...new Set(of.flatMap((r) => Object.keys(r.samples)))].sort();
    for (const name of names) report(`  ${name}`, timing(of.flatMap((r) => r.samples[name] ?? [])));
    const errors = new Map<string, number>();
    for (const r of of) for (const [what, n] of Object.entries(r.errors)) errors.set(what, (errors.get(what) ?? 0) + n);
    if (errors.size > 0) console.log(`  refused or OFFLINE: ${[...errors].map(([what, n]) => `${what} ×${n}`).join(', ')}`);
  }

  const db = new Database(dbFile, { readonly: true });
  try {
    const paid = results.flatMap((r) => r.paid);
    const issued = results.flatMap((r) => r.issued);
    const receiptOf = db.prepare(
      'SELECT r.number, k.number AS coupon FROM receipts r JOIN coupons k ON k.id = r.coupon_id WHERE r.request_key = ?',
    );
    const couponOf = db.prepare('SELECT number FROM coupons WHERE request_key = ?').pluck();
    const lostPayments = paid.filter((p) => {
      const rows = receiptOf.all(p.key) as { number: string; coupon: string }[];
      return rows.length !== 1 || rows[0]!.number !== p.receipt || rows[0]!.coupon !== p.coupon;
    }).length;
    const lostCoupons = issued.filter((c) => couponOf.all(c.key).join() !== c.number).length;
    const doubled = db
      .prepare(
        `SELECT count(*) FROM (SELECT r.coupon_id FROM receipts r JOIN coupons k ON k.id = r.coupon_id
           WHERE k.number IN (SELECT value FROM json_each(?)) GROUP BY r.coupon_id HAVING count(*) > 1)`,
      )
      .pluck()
      .get(JSON.stringify(paid.map((p) => p.coupon))) as number;
    const told = new Set(paid.map((p) => p.key));
    const untold = (
      db.prepare("SELECT request_key FROM receipts WHERE request_key LIKE 'bench-CAJA-%-pago-%'").pluck().all() as string[]
    ).filter((key) => !told.has(key)).length;
    const ok = lostPayments === 0 && lostCoupons === 0 && doubled === 0 && untold === 0;
    console.log(
      `  payments acknowledged ${paid.length.toLocaleString('es-CO')}, coupons issued ${issued.length.toLocaleString('es-CO')}: ` +
        `lost ${lostPayments + lostCoupons}, doubled ${doubled}, paid without telling the caja ${untold}  target 0  ${ok ? 'PASS' : 'FAIL'}`,
    );
  } finally {
    db.close();
  }
}

export async function benchPuestos(office: BenchOffice): Promise<void> {
  await ensureRenderer();
  const dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-bench-puestos-'));
  const dbFile = path.join(dir, 'ventanilla.db');
  let server: UiHost | null = null;
  try {
    office.copyTo(dbFile);
    const started = performance.now();
    const work = prepare(dbFile, {
      mostradores: MOSTRADORES,
      cajas: CAJAS,
      codesPerMostrador: CODES_PER_MOSTRADOR,
      couponsPerCaja: COUPONS_PER_CAJA,
    });
    console.log(
      `\nPUESTOS Y SERVIDOR DE LA OFICINA (TLS 1.3 on 127.0.0.1, a copy of the bench office): users, códigos and ` +
        `${(CAJAS * COUPONS_PER_CAJA).toLocaleString('es-CO')} coupons for the cajas prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    server = await startUiHost({
      dbFile,
      archiveDir: path.join(dir, 'Archivo'),
      env: { VENTANILLA_SERVER_HOST: '127.0.0.1', VENTANILLA_SERVER_PORT: '0' },
      args: ['--server'],
    });
    const port = /Servidor de la oficina: puerto (\d+)/.exec(server.output())?.[1];
    if (!port) throw new Error(`El servidor de la oficina no dijo su puerto:\n${server.output()}`);
    const address = `https://127.0.0.1:${port}/`;
    const admin = await server.login('admin', 'Admin2026');
    // Other work on the computer shows in every figure below.
    console.log(
      `  load average now: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(', ')} (1, 5, 15 min)`,
    );
    await benchOverhead(server, address, admin, work.codes.flat());
    await benchLoad(server, address, admin, work, dir, dbFile);
  } finally {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
