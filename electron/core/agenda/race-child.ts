/**
 * One asesor's workstation for race.test.ts: its own connection to the office file, as a
 * second computer has. At each agreed instant it books one slot for one trámite and prints
 * the outcome as a JSON line. argv: database file, office instant (ISO), migrations folder,
 * username, password. env RACE_PLAN: JSON [{ at (epoch ms), filingNumber, visitOn, timeWindow }].
 */
import { createCore } from '../app';
import { manualClock } from '../clock';

const [file, instant, migrationsFolder, username, password] = process.argv.slice(2);
const plan = JSON.parse(process.env.RACE_PLAN ?? '[]') as {
  at: number;
  filingNumber: string;
  visitOn: string;
  timeWindow: string;
}[];

const core = createCore({
  file: file!,
  migrationsFolder,
  clock: manualClock(instant!),
  workstation: username!,
  log: () => undefined,
});
const login = core.dispatch(null, 'auth.login', { username, password });
if (!login.ok) throw new Error(login.error.message);
const session = (login.data as { sessionId: string }).sessionId;

for (const { at, filingNumber, visitOn, timeWindow } of plan) {
  while (Date.now() < at) {
    // Spin: a timer would wake a few milliseconds late, and the point is to arrive together.
  }
  const result = core.dispatch(session, 'agenda.book', { filingNumber, appointment: { visitOn, timeWindow } });
  process.stdout.write(`${JSON.stringify({ filingNumber, ok: result.ok, code: result.ok ? null : result.error.code })}\n`);
}
core.close();
