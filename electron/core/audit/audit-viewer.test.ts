import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';

describe('ADMINISTRACIÓN → Auditoría', () => {
  it('pages the trail newest first by id, every row once, and filters by user, action and record', () => {
    const office = testOffice();
    const admin = office.login('admin');
    for (let i = 0; i < 7; i++) ok(office.call(admin, 'zones.create', { name: `ZONA ${i}`, municipality: 'Florencia' }));
    office.login('asesor');
    const seen: number[] = [];
    let after: number | undefined;
    do {
      const page = ok(office.call(admin, 'audit.list', { limit: 3, ...(after ? { after } : {}) }));
      seen.push(...page.rows.map((r) => r.id));
      after = page.next ?? undefined;
    } while (after);
    const all = (office.sqlite.prepare('SELECT id FROM audit ORDER BY id DESC').all() as { id: number }[]).map((r) => r.id);
    expect(seen).toEqual(all);

    const zones = ok(office.call(admin, 'audit.list', { procedure: 'zones.create' })).rows;
    expect(zones).toHaveLength(7);
    expect(zones.every((r) => r.username === 'admin' && r.recordType === 'zone')).toBe(true);
    const one = ok(office.call(admin, 'audit.list', { recordType: 'zone', recordId: String(zones[0]!.recordId) })).rows;
    expect(one.map((r) => JSON.parse(r.after!).name)).toEqual([JSON.parse(zones[0]!.after!).name]);
    expect(ok(office.call(admin, 'audit.list', { username: 'asesor' })).rows.map((r) => r.procedure)).toEqual(['auth.login']);
    expect(ok(office.call(admin, 'audit.options', {})).procedures).toEqual(
      expect.arrayContaining(['auth.login', 'zones.create']),
    );
  });

  it('filters by the office’s days and refuses an inverted range', () => {
    const office = testOffice();
    // 8 p.m. in Florencia is already the next day in UTC: it belongs to the 23rd.
    office.clock.set('2026-11-24T01:00:00Z');
    const admin = office.login('admin');
    expect(ok(office.call(admin, 'audit.list', { from: '2026-11-23', to: '2026-11-23' })).rows).toHaveLength(1);
    expect(ok(office.call(admin, 'audit.list', { from: '2026-11-24' })).rows).toHaveLength(0);
    expect(failure(office.call(admin, 'audit.list', { from: '2026-11-24', to: '2026-11-23' })).issues?.[0]?.field).toBe('to');
  });

  it('is the administrator’s', () => {
    const office = testOffice();
    expect(failure(office.call(office.login('supervisor'), 'audit.list', {})).code).toBe('FORBIDDEN');
  });
});
