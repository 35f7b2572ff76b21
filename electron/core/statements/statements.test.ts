import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { key } from '../cash/cash.fixtures';

describe('Estado de cuenta (seed 004)', () => {
  it('issues a numbered statement to the titular with balance, movements and what is owed', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const view = ok(office.call(asesor, 'subscribers.view', { code: '100004' }));
    const input = { requestKey: key(), subscriberCode: '100004', partyId: view.owner.id, capacity: 'TITULAR' as const };
    const statement = ok(office.call(asesor, 'statements.issue', input));
    expect(statement).toMatchObject({ number: 'EDC-2026-000001', balance: view.balance, capacity: 'TITULAR' });
    expect(statement.movements.length).toBeGreaterThan(0);
    expect(statement.owed.every((i) => i.outstanding > 0)).toBe(true);
    expect(ok(office.call(asesor, 'statements.issue', input)).number).toBe(statement.number);
    expect(office.count('account_statements')).toBe(1);
  });

  it('asks for the carta poder when someone else asks, and records it', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const other = ok(office.call(asesor, 'subscribers.view', { code: '100005' })).owner;
    const base = { requestKey: key(), subscriberCode: '100004', partyId: other.id };
    expect(failure(office.call(asesor, 'statements.issue', { ...base, capacity: 'TITULAR' })).issues?.[0]?.field).toBe(
      'capacity',
    );
    expect(failure(office.call(asesor, 'statements.issue', { ...base, capacity: 'CARTA_PODER' })).issues?.[0]?.field).toBe(
      'powerNote',
    );
    expect(office.count('account_statements')).toBe(0);
    const statement = ok(
      office.call(asesor, 'statements.issue', {
        ...base,
        capacity: 'CARTA_PODER',
        powerNote: 'Carta poder autenticada del 20/11/2026',
      }),
    );
    expect(statement.powerNote).toBe('Carta poder autenticada del 20/11/2026');
    expect(statement.party.id).toBe(other.id);
  });
});
