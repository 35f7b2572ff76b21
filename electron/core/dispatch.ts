import type { z } from 'zod';
import type { Db, Sqlite } from '../../db/open';
import type { SessionStore } from './auth/sessions';
import { writeAudit } from './audit/audit';
import type { Clock } from './clock';
import type { AuditEntry, Ctx } from './context';
import { type Contract, type Result, contract } from './contract';
import { type Procedure, accessAllows } from './contract/define';
import { AppError, type FieldIssue } from './errors';
import type { HandlersOf } from './handler';
import { bindRequestKey } from './request-keys';
import { getSetting } from './settings/settings';

export interface CoreDeps {
  db: Db;
  sqlite: Sqlite;
  clock: Clock;
  workstation: string;
  sessions: SessionStore;
  /** The Archivo Misional folder, for the files some procedures archive (field photos). */
  archiveDir?: string;
  /** Where unexpected errors are reported; the user only sees a Spanish message. */
  log: (message: string, error: unknown) => void;
}

export interface DispatchOptions {
  /** Internal procedures (the print service's records) are served only to the main process itself. */
  internal?: boolean;
  /**
   * The puesto the call came from, when the office server forwards it (its name, e.g. CAJA-01):
   * sessions, cash sessions and audit rows are its. Absent: this computer's own workstation.
   */
  workstation?: string;
}

export type Dispatch = (sessionId: string | null, name: string, input: unknown, options?: DispatchOptions) => Result<unknown>;

const UNEXPECTED = 'Ocurrió un error inesperado y no se guardó ningún cambio. Si se repite, avise al administrador.';

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

function invalid(error: z.ZodError): AppError {
  const issues = issuesOf(error);
  return new AppError('VALIDATION', issues[0]?.message ?? 'Datos no válidos', { issues });
}

/**
 * The one road into the business: procedure exists → session (read from the database) →
 * role → validate → transaction (mutations, with the request key bound to its input) →
 * validate output → audit → result as data. Nothing throws out. The role comes before the
 * input, so a caller without the right learns nothing about what the procedure expects.
 */
export function createDispatch(deps: CoreDeps, handlers: HandlersOf<Contract>): Dispatch {
  const { db, sqlite, clock, sessions } = deps;
  const begin = sqlite.prepare('BEGIN IMMEDIATE');
  const commit = sqlite.prepare('COMMIT');
  const rollback = sqlite.prepare('ROLLBACK');
  const procedures = contract as Record<string, Procedure>;
  const handlerOf = handlers as unknown as Record<string, (ctx: Ctx, input: unknown) => unknown>;

  /** The handler's answer, checked against the contract before it leaves the main process. */
  function run(name: string, procedure: Procedure, ctx: Ctx, input: unknown): unknown {
    const output = procedure.output.safeParse(handlerOf[name]!(ctx, input));
    if (!output.success) {
      deps.log(`${name}: la respuesta no cumple el contrato`, output.error);
      throw new AppError('INTERNAL', UNEXPECTED);
    }
    return output.data;
  }

  function saveAudit(name: string, ctx: Ctx, audits: Partial<AuditEntry>[], input: unknown): void {
    const who = {
      userId: ctx.session?.user.id ?? null,
      username: ctx.session?.user.username ?? '',
      workstation: ctx.workstation,
    };
    const at = clock.now().toISOString();
    if (audits.length === 0) audits.push({ after: input });
    for (const entry of audits) writeAudit(db, at, who, name, entry);
  }

  /** A mutation: all of it and its audit rows, or nothing (unless the error says to keep its writes). */
  function transact(name: string, procedure: Procedure, ctx: Ctx, audits: Partial<AuditEntry>[], input: unknown): unknown {
    begin.run();
    try {
      bindRequestKey(ctx, name, input);
      const data = run(name, procedure, ctx, input);
      saveAudit(name, ctx, audits, input);
      commit.run();
      return data;
    } catch (error) {
      if (error instanceof AppError && error.commit) {
        saveAudit(name, ctx, audits, input);
        commit.run();
      } else if (sqlite.inTransaction) {
        rollback.run();
      }
      throw error;
    }
  }

  return function dispatch(sessionId, name, rawInput, options = {}) {
    try {
      const procedure = typeof name === 'string' && Object.hasOwn(procedures, name) ? procedures[name]! : undefined;
      if (!procedure || (procedure.internal && !options.internal)) {
        throw new AppError('UNKNOWN_PROCEDURE', 'La acción solicitada no existe.');
      }
      const { access } = procedure;
      const workstation = options.workstation ?? deps.workstation;
      const session =
        access === 'public'
          ? null
          : sessions.require(sessionId, getSetting(db, 'security.idleLockMinutes'), access === 'locked', workstation);
      if (session?.mustChangePassword && !name.startsWith('auth.')) {
        throw new AppError('FORBIDDEN', 'Debe cambiar su contraseña antes de continuar.');
      }
      // A public procedure (login) runs without a session: there is no role to check.
      if (session !== null && !accessAllows(access, session.user.role)) {
        throw new AppError('FORBIDDEN', 'Su rol no tiene permiso para esta acción.');
      }
      const parsed = procedure.input.safeParse(rawInput);
      if (!parsed.success) throw invalid(parsed.error);
      const audits: Partial<AuditEntry>[] = [];
      const ctx: Ctx = {
        db,
        sqlite,
        clock,
        workstation,
        sessions,
        session,
        archiveDir: deps.archiveDir,
        audit: audits.push.bind(audits),
      };
      const data = procedure.mutates
        ? transact(name, procedure, ctx, audits, parsed.data)
        : run(name, procedure, ctx, parsed.data);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toData() };
      deps.log(`${String(name)}: error inesperado`, error);
      return { ok: false, error: { code: 'INTERNAL', message: UNEXPECTED } };
    }
  };
}
