/**
 * The process kill.test.ts kills with SIGKILL: the office's core on a database file, writing
 * through its connection while backups run again and again, as the server does at closing time.
 * Says "backup" when a backup starts, "good <file>" when one was verified and renamed.
 *
 * argv: database file, destination folder, work folder, hex key (32 bytes), kdf salt.
 */
import { writeSync } from 'node:fs';
import { createCore } from '../core/app';
import { manualClock } from '../core/clock';
import { verifierOfKey } from './crypto';
import { makeBackup } from './make-backup';

const [file, folder, workDir, hexKey, salt] = process.argv.slice(2) as [string, string, string, string, string];
const say = (line: string) => writeSync(1, `${line}\n`);
const clock = manualClock('2026-11-23T22:00:00.000Z');
const core = createCore({ file, clock, workstation: 'SERVIDOR', checkpointEveryMs: 0, log: () => undefined });
const keyBytes = Buffer.from(hexKey, 'hex');
const key = { key: keyBytes, kdf: { salt, N: 1024, r: 8, p: 1 }, verifier: verifierOfKey(keyBytes) };
const write = core.sqlite.prepare(
  "INSERT INTO audit (at, username, workstation, procedure) VALUES (?, 'cajero', 'CAJA-01', 'cash.collect')",
);
setInterval(() => {
  for (let i = 0; i < 20; i++) write.run(clock.now().toISOString());
}, 1);

for (;;) {
  clock.advance(1000);
  say('backup');
  const outcome = await makeBackup({
    sqlite: core.sqlite,
    key,
    folder,
    workDir,
    now: clock.now(),
    timeZone: 'America/Bogota',
    retention: { keepDaily: 90, keepMonthly: 0 },
  });
  say(`good ${outcome.fileName}`);
}
