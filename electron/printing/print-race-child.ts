/**
 * One puesto for print-race.test.ts: its own connection to the office file and its own print
 * service, as a second computer has, archiving to the same folder. At each agreed instant it
 * prints one document and writes the outcome as a JSON line, with what reached its "printer".
 * argv: database file, archive folder, office instant (ISO), migrations folder, username,
 * password. env RACE_PLAN: JSON [{ at (epoch ms), type, number }].
 */
import { createCore } from '../core/app';
import { manualClock } from '../core/clock';
import type { PrintEngine, PrintPage } from './engine';
import { createPrintService } from './print-service';

const [file, archiveDir, instant, migrationsFolder, username, password] = process.argv.slice(2);
const plan = JSON.parse(process.env.RACE_PLAN ?? '[]') as { at: number; type: string; number: string }[];

const clock = manualClock(instant!);
const core = createCore({ file: file!, migrationsFolder, clock, workstation: username!, log: () => undefined });
const paper: string[] = [];
const engine: PrintEngine = {
  mode: 'browser',
  toPdf: async (page: PrintPage) => Buffer.from(`%PDF-fake ${page.title}`),
  print: async (page: PrintPage) => {
    paper.push(page.title);
  },
  printers: async () => [],
  close: async () => undefined,
};
const service = createPrintService({
  dispatch: core.dispatch,
  engine,
  archiveDir: archiveDir!,
  css: '',
  clock,
  log: () => undefined,
});
const login = core.dispatch(null, 'auth.login', { username, password });
if (!login.ok) throw new Error(login.error.message);
const session = (login.data as { sessionId: string }).sessionId;

for (const { at, type, number } of plan) {
  while (Date.now() < at) {
    // Spin: a timer would wake a few milliseconds late, and the point is to arrive together.
  }
  paper.length = 0;
  const result = await service.handle(session, 'print.document', { type, number });
  const reprint = result.ok ? (result.data as { reprint: number }).reprint : null;
  process.stdout.write(`${JSON.stringify({ number, ok: result.ok, reprint, paper: [...paper] })}\n`);
}
core.close();
