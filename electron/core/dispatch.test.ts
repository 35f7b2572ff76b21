import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { failure, ok, testOffice } from '../../db/testing';
import { contract } from './contract';
import { createDispatch } from './dispatch';
import { handlers } from './handlers';
import { AppError } from './errors';
import { SessionStore } from './auth/sessions';

describe('dispatch', () => {
  it('refuses a procedure that does not exist', () => {
    const office = testOffice();
    expect(failure(office.dispatch(null, 'caja.vaciar', {})).code).toBe('UNKNOWN_PROCEDURE');
    expect(failure(office.dispatch(null, '__proto__', {})).code).toBe('UNKNOWN_PROCEDURE');
    expect(failure(office.dispatch(null, 'toString', {})).code).toBe('UNKNOWN_PROCEDURE');
  });

  it('asks for a session before anything but login', () => {
    const office = testOffice();
    expect(failure(office.call(null, 'subscribers.byCode', { code: '100001' })).code).toBe('SESSION_REQUIRED');
    expect(failure(office.call('sesion-inventada', 'users.list', {})).code).toBe('SESSION_REQUIRED');
  });

  it('checks the role in the main process, whatever the menu shows', () => {
    const office = testOffice();
    const asesor = office.login('asesor');
    const refused = failure(office.call(asesor, 'users.list', {}));
    expect(refused).toEqual({ code: 'FORBIDDEN', message: 'Su rol no tiene permiso para esta acción.' });
    const cajero = office.login('cajero');
    expect(failure(office.call(cajero, 'subscribers.search', { q: 'plaza' })).code).toBe('FORBIDDEN');
  });

  it('answers bad input with Spanish messages per field and unknown keys refused', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const error = failure(office.dispatch(admin, 'users.create', { username: '', role: 'REY', extra: 1 }));
    expect(error.code).toBe('VALIDATION');
    const fields = Object.fromEntries((error.issues ?? []).map((i) => [i.field, i.message]));
    expect(fields.role).toBe('Rol: elija uno de la lista');
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['username', 'fullName', 'password']));
    for (const message of Object.values(fields)) expect(message).not.toMatch(/expected|invalid|received/i);
  });

  it('writes one audit row per mutation, with who, where and what, in its transaction', () => {
    const office = testOffice();
    const admin = office.login('admin');
    const before = office.count('audit');
    const created = ok(
      office.call(admin, 'users.create', {
        username: 'tesorera',
        fullName: 'Marta Lucía Cuéllar',
        documentNumber: '40123456',
        role: 'CAJERO',
        password: 'Caja-2027x',
      }),
    );
    const rows = office.sqlite.prepare('SELECT * FROM audit WHERE id > (SELECT max(id) - 1 FROM audit)').all() as Record<
      string,
      unknown
    >[];
    expect(office.count('audit')).toBe(before + 1);
    expect(rows[0]).toMatchObject({
      procedure: 'users.create',
      username: 'admin',
      workstation: 'VENTANILLA-01',
      record_type: 'user',
      record_id: String(created.id),
    });
    expect(String(rows[0]!.after)).not.toContain('Caja-2027x');
  });

  it('rolls back every write of a failed mutation and reports an unexpected error in Spanish', () => {
    const office = testOffice();
    const logged: string[] = [];
    const broken: typeof handlers = {
      ...handlers,
      'users.setRole': (ctx, input) => {
        handlers['users.setRole'](ctx, input);
        throw new Error('disco lleno');
      },
    };
    const dispatch = createDispatch(
      {
        db: office.db,
        sqlite: office.sqlite,
        clock: office.clock,
        workstation: 'X',
        sessions: new SessionStore(office.sqlite, office.clock, 'X'),
        log: (m) => logged.push(m),
      },
      broken,
    );
    const session = ok(dispatch(null, 'auth.login', { username: 'admin', password: 'Admin2026' })) as { sessionId: string };
    const audits = office.count('audit');
    const result = dispatch(session.sessionId, 'users.setRole', { userId: 2, role: 'SUPERVISOR' });
    expect(failure(result).code).toBe('INTERNAL');
    expect(failure(result).message).toContain('no se guardó ningún cambio');
    expect(office.sqlite.prepare('SELECT role FROM users WHERE id = 2').get()).toEqual({ role: 'ASESOR' });
    expect(office.count('audit')).toBe(audits);
    expect(office.sqlite.inTransaction).toBe(false);
    expect(logged).toEqual(['users.setRole: error inesperado']);
  });

  it('refuses an answer that breaks the contract instead of sending it', () => {
    const office = testOffice();
    const logged: string[] = [];
    const leaky = { ...handlers, 'auth.session': () => ({ password: 'x' }) } as unknown as typeof handlers;
    const dispatch = createDispatch(
      {
        db: office.db,
        sqlite: office.sqlite,
        clock: office.clock,
        workstation: 'X',
        sessions: new SessionStore(office.sqlite, office.clock, 'X'),
        log: (m) => logged.push(m),
      },
      leaky,
    );
    const session = (ok(dispatch(null, 'auth.login', { username: 'admin', password: 'Admin2026' })) as { sessionId: string })
      .sessionId;
    expect(failure(dispatch(session, 'auth.session', {})).code).toBe('INTERNAL');
    expect(logged[0]).toContain('no cumple el contrato');
  });

  it('keeps the writes of an error marked to commit (a failed login is counted)', () => {
    const office = testOffice();
    failure(office.call(null, 'auth.login', { username: 'asesor', password: 'mala' }));
    expect(office.sqlite.prepare("SELECT failed_attempts AS n FROM users WHERE username = 'asesor'").get()).toEqual({ n: 1 });
    expect(new AppError('RULE', 'x').commit).toBe(false);
  });

  it('declares every procedure with strict input and an output schema', () => {
    for (const [name, procedure] of Object.entries(contract)) {
      expect(procedure.input, name).toBeInstanceOf(z.ZodType);
      expect(procedure.output, name).toBeInstanceOf(z.ZodType);
      expect(Object.hasOwn(handlers, name), name).toBe(true);
    }
  });
});
