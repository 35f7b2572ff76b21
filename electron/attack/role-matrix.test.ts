import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../../db/seed/users';
import { ROLES, type Role } from '../../db/schema/enums';
import { contract } from '../core/contract';
import type { Procedure } from '../core/contract/define';
import { EXAMPLES } from '../core/contract/examples';
import { type AttackOffice, attackOffice } from './attack.test-support';

/**
 * Item 8: input was validated before the role was checked, so 370 of 370 unauthorised calls
 * with bad input answered with the procedure's field-by-field schema. Every forbidden
 * role × procedure pair now answers FORBIDDEN, with nothing about the input, whether the
 * input is valid, broken or hostile.
 */
const INVALID: unknown[] = [null, { campoQueNoExiste: 1 }, 'texto', [1, 2]];
const FORBIDDEN = { code: 'FORBIDDEN', message: 'Su rol no tiene permiso para esta acción.' };

const forbiddenPairs = (Object.entries(contract) as [keyof typeof contract, Procedure][]).flatMap(([name, procedure]) =>
  typeof procedure.access === 'string'
    ? []
    : ROLES.filter((role) => !procedure.access.includes(role)).map((role) => ({ name, role })),
);

describe('attack: every role against every procedure it may not call', () => {
  let office: AttackOffice;
  const sessions = new Map<Role, string>();
  beforeAll(async () => {
    office = await attackOffice();
    for (const role of ROLES) {
      const user = DEMO_USERS.find((u) => u.role === role)!;
      sessions.set(role, await office.a.login(user.username));
    }
  });
  afterAll(() => office.close());

  it('covers the whole contract', () => {
    expect(forbiddenPairs.length).toBeGreaterThanOrEqual(370);
  });

  it('answers FORBIDDEN, and only that, to valid and to invalid input alike', async () => {
    const answers: string[] = [];
    for (const { name, role } of forbiddenPairs) {
      for (const input of [EXAMPLES[name], ...INVALID]) {
        const answer = await office.a.call(sessions.get(role)!, name, input);
        if (answer.ok || JSON.stringify(answer.error) !== JSON.stringify(FORBIDDEN)) {
          answers.push(`${role} → ${name} ${JSON.stringify(input)?.slice(0, 40)}: ${JSON.stringify(answer).slice(0, 120)}`);
        }
      }
    }
    expect(answers).toEqual([]);
  }, 120_000);

  it('never serves an internal procedure to a transport, whoever asks', async () => {
    const internal = Object.entries(contract).filter(([, p]) => (p as Procedure).internal);
    expect(internal.map(([name]) => name)).toEqual(expect.arrayContaining(['documents.recordPrint', 'documents.recordPrinterAnswer']));
    for (const [name] of internal) {
      for (const role of ROLES) {
        const answer = await office.a.call(sessions.get(role)!, name, {});
        expect(answer).toEqual({ ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: 'La acción solicitada no existe.' } });
      }
    }
  });
});
