import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type TestOffice, testOffice } from '../../../db/testing';
import { type ProcedureName, contract } from '.';
import { EXAMPLES } from './examples';

/** Values a hostile or broken client could send in place of any field. */
const hostile = fc.oneof(
  fc.anything({ maxDepth: 2, withNullPrototype: true, withObjectString: true }),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE subscribers; --',
    '<img src=x onerror=alert(1)>',
    '</script><script>alert(1)</script>',
    'NEAR("a" "b") OR *',
    '\u0000\u0007\u001b[31m',
    '../../etc/passwd',
    '𝕍𝕖𝕟𝕥𝕒𝕟𝕚𝕝𝕝𝕒 👩‍👩‍👧',
    'x'.repeat(100_000),
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    0,
    2 ** 53,
    1e308,
    -0,
    '',
    '   ',
    [],
    {},
    null,
    true,
  ),
);

/** A valid example with one field replaced, deleted, or an unknown key added. */
function broken(name: ProcedureName) {
  const example = EXAMPLES[name] as Record<string, unknown>;
  const keys = Object.keys(example);
  return fc.oneof(
    hostile,
    fc.record({ key: fc.constantFrom(...keys, '__proto__', 'constructor', 'extra'), value: hostile }).map(({ key, value }) => {
      const input: Record<string, unknown> = { ...example };
      Object.defineProperty(input, key, { value, enumerable: true, configurable: true, writable: true });
      return input;
    }),
    keys.length > 0
      ? fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(example).filter(([k]) => k !== key)))
      : hostile,
  );
}

/** Everything the office holds except the audit trail and login counters, which a refused call may update. */
function fingerprint(office: TestOffice): string {
  const tables = (
    office.sqlite
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name NOT IN ('audit', 'sqlite_sequence')",
      )
      .all() as { name: string }[]
  ).map((t) => t.name);
  return tables
    .map((t) => {
      const cols = t === 'users' ? 'id, username, role, active, password_hash, must_change_password' : '*';
      return `${t}:${JSON.stringify(office.sqlite.prepare(`SELECT ${cols} FROM "${t}" ORDER BY rowid`).all())}`;
    })
    .join('\n');
}

const ENGLISH = /\b(expected|received|invalid input|required|undefined|object Object|TypeError|SQLITE)\b/i;

describe('every procedure against garbage', () => {
  const names = Object.keys(contract) as ProcedureName[];

  it.each(names)('%s answers with a Spanish message and changes nothing', (name) => {
    const office = testOffice({ subscribers: 3 });
    const sessions = [null, office.login('asesor'), office.login('admin'), 'sesion-falsa'];
    fc.assert(
      fc.property(fc.constantFrom(...sessions), broken(name), (session, input) => {
        const before = fingerprint(office);
        const result = office.dispatch(session, name, input);
        expect(typeof result.ok).toBe('boolean');
        // Some garbage is valid input (a search for "' OR 1=1 --"); a refusal must change nothing.
        if (result.ok) return;
        expect(result.error.code).not.toBe('INTERNAL');
        expect(result.error.message.length).toBeGreaterThan(5);
        for (const message of [result.error.message, ...(result.error.issues ?? []).map((i) => i.message)]) {
          expect(message).not.toMatch(ENGLISH);
        }
        expect(fingerprint(office)).toBe(before);
      }),
      { numRuns: 50, seed: 20261123 },
    );
  });
});
