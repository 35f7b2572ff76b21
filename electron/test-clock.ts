import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type Clock, runningClock, systemClock } from './core/clock';
import { OfficeEnvError } from './office-env';

/**
 * VENTANILLA_TEST_CLOCK=<ISO instant>: browser mode started by the tests lives a fixed day (a
 * weekday that is no holiday), so no test depends on the day, hour or zone it runs in. The
 * office's clock starts at that instant and runs on.
 *
 * Never honoured in production: only electron/host.ts reads it (a lint rule keeps the Electron
 * app and the core from importing this file), only when NODE_ENV says test or development, and
 * only on a database this run creates, so no real office's records carry a made-up date — or on
 * one a test clock created (its mark beside it), where a test starts its killed host again: the
 * office's clock then runs on from where it was, as if the host had never stopped.
 */
export const TEST_CLOCK_VAR = 'VENTANILLA_TEST_CLOCK';

const RUNS_THAT_MAY = ['test', 'development'];
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The instant of an ISO text with its zone, or null (Date would take 30 February as 2 March). */
function instantOf(text: string): Date | null {
  const m = ISO_INSTANT.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  const exists = day.getUTCFullYear() === y && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d;
  const at = new Date(text);
  return exists && !Number.isNaN(at.getTime()) ? at : null;
}

/** The office's instant a test clock started at, and the computer's instant it did. */
export interface TestClockMark {
  start: string;
  since: string;
}

export interface TestClock {
  clock: Clock;
  /** The warning line browser mode prints when it runs on this clock. */
  warning: string;
  /** To leave beside the database this clock created (writeTestClockMark). */
  mark: TestClockMark;
}

/** Beside a database a test clock created: the one kind of existing database it may run on again. */
export const testClockMarkFor = (databaseFile: string): string => `${databaseFile}.reloj-de-prueba`;

export function readTestClockMark(databaseFile: string): TestClockMark | null {
  const file = testClockMarkFor(databaseFile);
  if (!existsSync(file)) return null;
  try {
    const mark = JSON.parse(readFileSync(file, 'utf8')) as Partial<TestClockMark>;
    return typeof mark.start === 'string' && typeof mark.since === 'string' ? { start: mark.start, since: mark.since } : null;
  } catch {
    return null;
  }
}

export function writeTestClockMark(databaseFile: string, mark: TestClockMark): void {
  writeFileSync(testClockMarkFor(databaseFile), `${JSON.stringify(mark)}\n`);
}

export function testClockFromEnv(
  env: NodeJS.ProcessEnv,
  facts: { freshDatabase: boolean; mark?: TestClockMark | null },
  real: Clock = systemClock,
): TestClock | null {
  const raw = env[TEST_CLOCK_VAR];
  if (raw === undefined) return null;
  if (!RUNS_THAT_MAY.includes(env.NODE_ENV ?? '')) {
    throw new OfficeEnvError(
      `${TEST_CLOCK_VAR} es solo para pruebas (NODE_ENV=test o development): quite la variable; la oficina usa el reloj del computador.`,
    );
  }
  const start = instantOf(raw.trim());
  if (!start) {
    throw new OfficeEnvError(
      `${TEST_CLOCK_VAR}="${raw}" no es válido: debe ser un instante ISO con su zona, por ejemplo 2026-11-24T15:00:00Z.`,
    );
  }
  if (facts.freshDatabase) {
    return {
      clock: runningClock(start, real),
      warning: `AVISO: reloj de prueba (${TEST_CLOCK_VAR}): la oficina empieza en ${start.toISOString()} y el reloj sigue desde ahí. Nunca en una oficina real.`,
      mark: { start: start.toISOString(), since: real.now().toISOString() },
    };
  }
  const mark = facts.mark;
  const since = mark ? Date.parse(mark.since) : Number.NaN;
  if (!mark || mark.start !== start.toISOString() || Number.isNaN(since)) {
    throw new OfficeEnvError(
      `${TEST_CLOCK_VAR} solo se usa con una base de datos nueva: los registros de una oficina no llevan fechas de prueba.`,
    );
  }
  const clock = runningClock(new Date(start.getTime() + real.now().getTime() - since), real);
  return {
    clock,
    warning: `AVISO: reloj de prueba (${TEST_CLOCK_VAR}): la oficina de prueba sigue en ${clock.now().toISOString()} (empezó en ${mark.start}). Nunca en una oficina real.`,
    mark,
  };
}
