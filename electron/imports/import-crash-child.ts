/**
 * The import that import-crash.test.ts kills: the administrator importing a readings file on a file
 * database (WAL, synchronous=FULL), batch by batch as the screen sends them, saying "batch n"
 * after each batch the core has answered. argv: database file, office instant (ISO), migrations
 * folder, the CSV file.
 */
import { openAsBlob, writeSync } from 'node:fs';
import path from 'node:path';
import { runImport } from '../../renderer/src/screens/administracion/importar/import-run';
import { openTableFile } from '../../renderer/src/screens/administracion/importar/table-file';
import { createCore } from '../core/app';
import { manualClock } from '../core/clock';
import type { Result } from '../core/contract';
import { guessMapping } from '../core/contract/import-kinds';
import type { ImportBatchResult } from '../core/contract/imports.contract';

const [file, instant, migrationsFolder, csv] = process.argv.slice(2);
const say = (line: string) => writeSync(1, `${line}\n`);

const core = createCore({
  file: file!,
  migrationsFolder,
  clock: manualClock(instant!),
  workstation: 'ADMIN-01',
  log: () => undefined,
});
const login = core.dispatch(null, 'auth.login', { username: 'admin', password: 'Admin2026' }) as Result<{ sessionId: string }>;
if (!login.ok) throw new Error(login.error.message);
const table = await openTableFile(Object.assign(await openAsBlob(csv!), { name: path.basename(csv!) }));
let batches = 0;
const outcome = await runImport({
  table,
  kind: 'LECTURAS',
  mapping: guessMapping('LECTURAS', table.headers),
  write: true,
  send: async (batch, write) => {
    const answer = core.dispatch(
      login.data.sessionId,
      write ? 'imports.apply' : 'imports.check',
      batch,
    ) as Result<ImportBatchResult>;
    say(`batch ${++batches} ${batch.rows.length}`);
    return answer;
  },
  onProgress: () => undefined,
  signal: new AbortController().signal,
});
say(`done ${outcome.counts.NEW} ${outcome.counts.UNCHANGED}`);
core.close();
