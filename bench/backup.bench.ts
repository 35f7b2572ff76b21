import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { newBackupKey } from '../electron/backups/crypto';
import { makeBackup } from '../electron/backups/make-backup';
import { verifyBackup } from '../electron/backups/restore';
import type { BenchOffice } from './office';
import { report, timing } from './stats';

/** A counter call arrives every this many ms (several puestos at their busiest). */
const ARRIVAL_MS = 5;
const BASELINE_MS = 4_000;
const PASSPHRASE = 'Copias de la oficina del bench';

const sleepUntil = (at: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

/**
 * Counter calls arriving on the event loop, as the transports deliver them, until `done`: each
 * one's latency from its arrival to its answer, so a backup step that holds the loop counts.
 */
async function counterLoad(call: () => void, done: Promise<unknown>): Promise<number[]> {
  let stop = false;
  void done.finally(() => (stop = true));
  const samples: number[] = [];
  let arrival = performance.now();
  while (!stop) {
    await sleepUntil(arrival + ARRIVAL_MS);
    // Requests that arrived while the loop was busy are all waiting: each is answered now, late by that much.
    while (arrival + ARRIVAL_MS <= performance.now()) {
      arrival += ARRIVAL_MS;
      call();
      samples.push(performance.now() - arrival);
    }
  }
  return samples;
}

/**
 * Copias de seguridad: a backup of the office (online backup API in steps, encryption, decrypt
 * and check) while SUSCRIPTOR views keep arriving in the same process; their p99 beside the
 * p99 without a backup; the backup's time, size and verification; a restore's verification.
 */
export async function benchBackup(office: BenchOffice): Promise<void> {
  const { core } = office;
  const asesor = office.login('asesor', 'Asesor2026');
  const codes = core.sqlite.prepare('SELECT code FROM subscribers ORDER BY random() LIMIT 2000').pluck().all() as string[];
  let i = 0;
  const view = () => {
    const result = core.dispatch(asesor, 'subscribers.view', { code: codes[i++ % codes.length]! });
    if (!result.ok) throw new Error(result.error.message);
  };
  const dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-bench-copias-'));
  try {
    core.checkpoint();
    const key = await newBackupKey(PASSPHRASE);
    console.log('\nCOPIAS DE SEGURIDAD');
    const idle = await counterLoad(view, new Promise((resolve) => setTimeout(resolve, BASELINE_MS)));
    report('subscribers.view, no backup running', timing(idle), 'p99 < 20 ms');
    const started = performance.now();
    const backup = makeBackup({
      sqlite: core.sqlite,
      key,
      folder: dir,
      workDir: path.join(dir, 'trabajo'),
      now: new Date(),
      timeZone: 'America/Bogota',
      retention: { keepDaily: 7, keepMonthly: 12 },
    });
    const during = timing(await counterLoad(view, backup));
    const outcome = await backup;
    const totalMs = performance.now() - started;
    report('subscribers.view, during the backup', during, 'p99 < 20 ms', during.p99 < 20);
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `  backup: ${(totalMs / 1000).toFixed(1)} s in all (snapshot + encryption ${(outcome.writeMs / 1000).toFixed(1)} s, ` +
        `verification ${(outcome.verifyMs / 1000).toFixed(1)} s), ${mb(outcome.sizeBytes)} encrypted`,
    );
    const verifying = performance.now();
    await verifyBackup(dir, outcome.fileName, PASSPHRASE, path.join(dir, 'restaurar'));
    console.log(
      `  restore's verification (passphrase, decrypt, integrity, counts): ${((performance.now() - verifying) / 1000).toFixed(1)} s`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
