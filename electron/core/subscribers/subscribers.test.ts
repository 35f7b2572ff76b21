import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { setSetting } from '../settings/settings';

describe('SUSCRIPTOR', () => {
  it('opens a subscriber by código', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const s = ok(office.call(asesor, 'subscribers.byCode', { code: '100007' }));
    expect(s.code).toBe('100007');
    expect(s.ownerName.length).toBeGreaterThan(3);
    expect(failure(office.call(asesor, 'subscribers.byCode', { code: '999999' }))).toEqual({
      code: 'NOT_FOUND',
      message: 'No existe un suscriptor con el código 999999.',
    });
    expect(failure(office.call(asesor, 'subscribers.byCode', { code: '10A' })).code).toBe('VALIDATION');
  });

  it('finds by name ignoring accents and case, by cédula and by address', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const row = office.sqlite
      .prepare(
        `SELECT s.code, p.surnames, p.document_number AS doc, s.address FROM subscribers s JOIN parties p ON p.id = s.owner_party_id
         WHERE p.surnames LIKE '%ñ%' OR p.surnames LIKE '%á%' OR p.surnames LIKE '%í%' LIMIT 1`,
      )
      .get() as { code: string; surnames: string; doc: string; address: string };
    const plain = row.surnames.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    expect(plain).not.toBe(row.surnames.toLowerCase());
    for (const q of [plain, row.surnames.toUpperCase(), row.doc.slice(0, 6)]) {
      expect(
        ok(office.call(asesor, 'subscribers.search', { q, limit: 50 })).map((s) => s.code),
        q,
      ).toContain(row.code);
    }
    const street = ok(office.call(asesor, 'subscribers.search', { q: row.address, limit: 50 }));
    expect(street.map((s) => s.code)).toContain(row.code);
  });

  it('puts the exact código first and treats operators and quotes as text', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    expect(ok(office.call(asesor, 'subscribers.search', { q: '100012' }))[0]?.code).toBe('100012');
    for (const q of ['" OR 1=1 --', 'NEAR(a b)', '*', "'; DROP TABLE subscribers; --", '<script>']) {
      expect(office.call(asesor, 'subscribers.search', { q }).ok, q).toBe(true);
    }
    expect(office.count('subscribers')).toBe(60);
  });

  it('shows the balance derived from the ledger and the estado de cuenta with a running balance', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const codes = office.sqlite.prepare('SELECT code FROM subscribers ORDER BY id').all() as { code: string }[];
    for (const { code } of codes.slice(0, 20)) {
      const view = ok(office.call(asesor, 'subscribers.view', { code }));
      const { sum } = office.sqlite
        .prepare('SELECT coalesce(sum(amount), 0) AS sum FROM ledger_entries WHERE subscriber_id = ?')
        .get(view.id) as { sum: number };
      expect(view.balance).toBe(sum);
      expect(view.movements[0]?.balanceAfter ?? 0).toBe(view.balance);
      expect(view.overdue).toBeLessThanOrEqual(view.balance);
      expect(view.consumption).toHaveLength(12);
      for (let i = 1; i < view.movements.length; i++) {
        const newer = view.movements[i - 1]!;
        expect(newer.balanceAfter - newer.amount).toBe(view.movements[i]!.balanceAfter);
      }
    }
  });

  it('marks alto consumo on the chart with the threshold of SPEC §5', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const view = ok(office.call(asesor, 'subscribers.view', { code: '100003' }));
    for (const p of view.consumption) {
      expect(p.average).not.toBeNull();
      const pct = p.average! >= 40 ? 1.35 : 1.65;
      expect(p.threshold).toBeCloseTo(p.average! * pct, 0);
      expect(p.high).toBe(p.consumptionM3 > p.threshold!);
    }
  });

  it('says the meter is stuck when its reading repeats for the periods of the setting, up to the latest', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const metered = office.sqlite
      .prepare(
        `SELECT s.id, s.code FROM subscribers s WHERE s.has_meter = 1 AND s.status = 'ACTIVO'
           AND NOT EXISTS (SELECT 1 FROM meter_readings r WHERE r.subscriber_id = s.id AND r.estimated = 1) LIMIT 1`,
      )
      .get() as { id: number; code: string };
    expect(ok(office.call(asesor, 'subscribers.view', { code: metered.code })).stuckMeter).toBeNull();
    const latest = office.sqlite
      .prepare('SELECT period, reading FROM meter_readings WHERE subscriber_id = ? ORDER BY period DESC LIMIT 3')
      .all(metered.id) as { period: string; reading: number }[];
    const stuckAt = latest[2]!.reading;
    // The two latest periods read the same as the one before them: three periods, no consumption.
    office.sqlite
      .prepare('UPDATE meter_readings SET reading = ?, consumption_m_3 = 0 WHERE subscriber_id = ? AND period IN (?, ?)')
      .run(stuckAt, metered.id, latest[0]!.period, latest[1]!.period);
    expect(ok(office.call(asesor, 'subscribers.view', { code: metered.code })).stuckMeter).toEqual({
      periods: 3,
      reading: stuckAt,
      since: latest[2]!.period,
    });
    setSetting(office.db, 'consumption.stuckMeterPeriods', 4, office.clock.now());
    expect(ok(office.call(asesor, 'subscribers.view', { code: metered.code })).stuckMeter).toBeNull();
  });
});
