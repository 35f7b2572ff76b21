import { type Core, createCore } from '../electron/core/app';
import { manualClock } from '../electron/core/clock';
import type { Input, Output, ProcedureName, Result } from '../electron/core/contract';
import { hashPassword } from '../electron/core/auth/passwords';
import { writeFileSync } from 'node:fs';
import { openDatabase } from './open';
import { prepareOffice } from './seed/office';
import { DEMO_USERS } from './seed/users';

/** The instant every test office starts at: a Monday morning in Florencia (UTC−5). */
export const TEST_NOW = '2026-11-23T14:00:00.000Z';
export const TEST_TODAY = '2026-11-23';

const templates = new Map<string, Buffer>();

/**
 * A prepared office serialized once per worker: migrations, catalogs, one user per role and
 * a small padrón, cloned by every test. Fixture passwords use a cheap scrypt cost so that a
 * test logs in in a millisecond; passwords set through procedures use the office's cost.
 */
function template(kind: 'demo' | 'empty', subscribers: number): Buffer {
  const key = `${kind}:${subscribers}`;
  let buffer = templates.get(key);
  if (!buffer) {
    const { sqlite } = openDatabase({ file: ':memory:' });
    prepareOffice(sqlite, {
      demo: kind === 'demo',
      now: new Date(TEST_NOW),
      today: TEST_TODAY,
      subscribers,
      months: 24,
      pqrRequests: 0,
      hashPassword: (pw) => hashPassword(pw, 1024),
    });
    buffer = sqlite.serialize();
    sqlite.close();
    templates.set(key, buffer);
  }
  return buffer;
}

export interface TestOffice extends Core {
  clock: ReturnType<typeof manualClock>;
  /** Calls a procedure the way a transport does, typed by the contract. */
  call<N extends ProcedureName>(session: string | null, name: N, input: Input<N>): Result<Output<N>>;
  /** Logs a demo user in (password from the seed) and returns the session id. */
  login(username: string): string;
  /** Rows of a table, for asserting that nothing changed. */
  count(table: string): number;
}

/** A fresh in-memory office per test, on a clock the test moves. */
export function testOffice(options: { kind?: 'demo' | 'empty'; subscribers?: number; archiveDir?: string } = {}): TestOffice {
  const clock = manualClock(TEST_NOW);
  const errors: unknown[] = [];
  const core = createCore({
    file: template(options.kind ?? 'demo', options.subscribers ?? 60),
    clock,
    workstation: 'VENTANILLA-01',
    archiveDir: options.archiveDir,
    checkpointEveryMs: 0,
    log: (message, error) => errors.push([message, error]),
  });
  const call = <N extends ProcedureName>(session: string | null, name: N, input: Input<N>) =>
    core.dispatch(session, name, input) as Result<Output<N>>;
  return {
    ...core,
    clock,
    call,
    login(username) {
      const user = DEMO_USERS.find((u) => u.username === username);
      if (!user) throw new Error(`No demo user ${username}`);
      const result = call(null, 'auth.login', { username, password: user.password });
      if (!result.ok) throw new Error(`${username} could not log in: ${result.error.message}`);
      return result.data.sessionId;
    },
    count: (table) => (core.sqlite.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n,
  };
}

/**
 * The same prepared office as testOffice, as a database file, for tests where several
 * processes (or several cores standing for them) share one office.
 */
export function testOfficeFile(file: string, options: { kind?: 'demo' | 'empty'; subscribers?: number } = {}): string {
  writeFileSync(file, template(options.kind ?? 'demo', options.subscribers ?? 60));
  return file;
}

/** The data of a successful result; fails the test with the Spanish message otherwise. */
export function ok<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.data;
}

/** The error of a failed result; fails the test if it succeeded. */
export function failure<T>(result: Result<T>) {
  if (result.ok) throw new Error(`Expected an error, got ${JSON.stringify(result.data).slice(0, 200)}`);
  return result.error;
}
