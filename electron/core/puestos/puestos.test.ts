import { describe, expect, it } from 'vitest';
import { failure, ok, testOffice } from '../../../db/testing';
import { MINUTE_MS } from '../clock';
import { PAIRING_CODE_MINUTES } from '../contract/puestos.contract';

/** The server's channel calls these two; no transport serves them. */
const pair = (office: ReturnType<typeof testOffice>, code: string) =>
  office.dispatch(null, 'puestos.pair', { code, address: '192.168.1.21' }, { internal: true });
const recognize = (office: ReturnType<typeof testOffice>, key: string) =>
  office.dispatch(null, 'puestos.recognize', { key, address: '192.168.1.21' }, { internal: true });

describe('ADMINISTRACIÓN → Puestos y red: pairing a puesto', () => {
  it('creates a puesto with a one-time code that pairs it once, and keeps only hashes', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const issued = ok(office.call(admin, 'puestos.create', { name: 'caja-01' }));
    expect(issued).toMatchObject({ name: 'CAJA-01', code: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/) });
    expect(ok(office.call(admin, 'puestos.list', {})).puestos[0]).toMatchObject({ name: 'CAJA-01', state: 'PENDIENTE' });

    // Typed by a person: lower case, spaces, no dashes.
    const paired = pair(office, ` ${issued.code.toLowerCase().replaceAll('-', ' ')} `);
    expect(paired).toMatchObject({ ok: true, data: { name: 'CAJA-01', key: expect.any(String) } });
    const key = (paired as { data: { key: string } }).data.key;
    expect(recognize(office, key)).toMatchObject({ ok: true, data: { name: 'CAJA-01' } });
    expect(pair(office, issued.code)).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ field: 'code' }] } });

    const stored = office.sqlite.prepare('SELECT * FROM puestos').get() as Record<string, unknown>;
    expect(JSON.stringify(stored)).not.toContain(key);
    const audit = office.sqlite.prepare("SELECT after FROM audit WHERE procedure LIKE 'puestos.%'").all();
    expect(JSON.stringify(audit)).not.toContain(issued.code);
    expect(JSON.stringify(audit)).not.toContain(key);
  });

  it('refuses an expired code, a repeated name, a name with spaces, and a code of the wrong length', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const issued = ok(office.call(admin, 'puestos.create', { name: 'CAJA-01' }));
    office.clock.advance(PAIRING_CODE_MINUTES * MINUTE_MS + 1);
    expect(pair(office, issued.code)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    ok(office.call(admin, 'auth.unlock', { password: 'Admin2026' }));
    expect(failure(office.call(admin, 'puestos.create', { name: 'CAJA-01' }))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ field: 'name' }],
    });
    expect(failure(office.call(admin, 'puestos.create', { name: 'CAJA 01' })).issues?.[0]?.field).toBe('name');
    expect(pair(office, 'ABC')).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ field: 'code' }] } });
    const fresh = ok(office.call(admin, 'puestos.newCode', { id: issued.id }));
    expect(pair(office, fresh.code).ok).toBe(true);
  });

  it('only the admin manages puestos, and the transports cannot pair or recognise', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    expect(failure(office.call(asesor, 'puestos.create', { name: 'CAJA-02' })).code).toBe('FORBIDDEN');
    expect(failure(office.call(asesor, 'puestos.list', {})).code).toBe('FORBIDDEN');
    expect(failure(office.call(null, 'puestos.pair', { code: 'ABCD-EFGH-JKMN', address: 'x' })).code).toBe('UNKNOWN_PROCEDURE');
    expect(failure(office.call(null, 'puestos.recognize', { key: 'k', address: 'x' })).code).toBe('UNKNOWN_PROCEDURE');
  });

  it('an unknown key is UNPAIRED; a revoked puesto stops at once and its users are logged out', () => {
    const office = testOffice();
    const admin = office.login('admin');
    expect(recognize(office, 'no-es-una-llave')).toMatchObject({ ok: false, error: { code: 'UNPAIRED' } });
    const issued = ok(office.call(admin, 'puestos.create', { name: 'CAJA-01' }));
    const { key } = (pair(office, issued.code) as { data: { key: string } }).data;
    const login = office.dispatch(null, 'auth.login', { username: 'cajero', password: 'Cajero2026' }, { workstation: 'CAJA-01' });
    const session = (login as { data: { sessionId: string; workstation: string } }).data;
    expect(session.workstation).toBe('CAJA-01');
    expect(ok(office.call(admin, 'puestos.list', {})).puestos[0]?.users.map((u) => u.username)).toEqual(['cajero']);

    expect(ok(office.call(admin, 'puestos.revoke', { id: issued.id })).sessionsEnded).toBe(1);
    expect(recognize(office, key)).toMatchObject({ ok: false, error: { code: 'UNPAIRED' } });
    expect(office.dispatch(session.sessionId, 'auth.session', {}, { workstation: 'CAJA-01' })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_REQUIRED' },
    });
    expect(failure(office.call(admin, 'puestos.newCode', { id: issued.id })).code).toBe('RULE');
    expect(() => office.sqlite.prepare('UPDATE puestos SET revoked_at = NULL').run()).toThrow(/revocado/);
    expect(() => office.sqlite.prepare('DELETE FROM puestos').run()).toThrow(/no se borra/);
  });

  it("a session belongs to its puesto: another puesto or the server's window cannot use it; the audit names the puesto", () => {
    const office = testOffice();
    const login = office.dispatch(
      null,
      'auth.login',
      { username: 'asesor', password: 'Asesor2026' },
      { workstation: 'ASESOR-01' },
    );
    const { sessionId } = (login as { data: { sessionId: string } }).data;
    expect(office.dispatch(sessionId, 'auth.session', {}, { workstation: 'ASESOR-01' }).ok).toBe(true);
    const elsewhere = office.dispatch(sessionId, 'auth.session', {}, { workstation: 'CAJA-01' });
    expect(elsewhere).toMatchObject({
      ok: false,
      error: { code: 'SESSION_REQUIRED', message: expect.stringContaining('otro puesto') },
    });
    expect(failure(office.call(sessionId, 'auth.session', {})).code).toBe('SESSION_REQUIRED');
    const row = office.sqlite.prepare("SELECT workstation FROM audit WHERE procedure = 'auth.login' ORDER BY id DESC").get();
    expect(row).toEqual({ workstation: 'ASESOR-01' });
  });
});
