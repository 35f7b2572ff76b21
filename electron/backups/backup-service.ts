import { rm } from 'node:fs/promises';
import type { z } from 'zod';
import { createCore } from '../core/app';
import type { Clock } from '../core/clock';
import type { Output, Result } from '../core/contract';
import type { BackupRun, RecordRunInput } from '../core/contract/backups.contract';
import { backupServiceContract } from '../core/contract/backups.contract';
import { accessAllows } from '../core/contract/define';
import { dailyBackupDue } from '../core/backups/schedule';
import { issuesOf } from '../core/dispatch';
import type { AppErrorData, ErrorCode } from '../core/errors';
import { listBackupFiles } from './backup-files';
import {
  type BackupKey,
  DEFAULT_KDF,
  DamagedBackupError,
  type KdfParams,
  WrongPassphraseError,
  newBackupKey,
  unwrapKey,
  wrapKey,
} from './crypto';
import { machineSecret } from './machine-secret';
import { BackupFailure, makeBackup } from './make-backup';
import { restoreArchive } from './mirror';
import type { OfficeHandle } from './office-handle';
import { BackupMissingError, saveAside, swapDatabase, verifyBackup } from './restore';

/**
 * backups.*: the slow, asynchronous part of the backups, in the process that owns the database
 * (browser mode's host, the desktop's main process). Reads and records go through dispatch
 * (roles, validation, audit); the files are handled here. One job at a time: a backup, a
 * check or a restore.
 */

export interface BackupServiceDeps {
  office: OfficeHandle;
  clock: Clock;
  /** The machine's secret file (machine-secret.ts), beside the database. */
  secretFile: string;
  /** Plain snapshots and verification copies: a folder on the server's own disk. */
  workDir: string;
  archiveDir?: string;
  migrationsFolder?: string;
  nativeBinding?: string;
  log: (message: string, error: unknown) => void;
  /** scrypt's cost for new passphrases (tests use a cheap one). */
  kdf?: Omit<KdfParams, 'salt'>;
  /** How often the schedule is looked at; 0: never on a timer (tests call tick()). */
  tickEveryMs?: number;
}

export interface BackupService {
  /** `workstation`: the puesto a call came through (the office server answers backups.status to puestos). */
  handle(session: string | null, name: string, input: unknown, workstation?: string): Promise<Result<unknown>>;
  /** Runs the daily backup if it is due. */
  tick(): Promise<void>;
  /** A corte de caja was committed: a backup follows, after whatever is running. */
  afterCashClose(): Promise<void>;
  /** Stops the timer and waits for the job in progress. */
  stop(): Promise<void>;
}

export const isBackupServiceProcedure = (name: string): boolean => Object.hasOwn(backupServiceContract, name);

const UNEXPECTED =
  'Ocurrió un error inesperado con las copias de seguridad. Intente de nuevo; si se repite, avise al soporte técnico.';
const NOT_CONFIGURED = 'Primero configure las copias: la carpeta de destino (GUARDAR) y la frase de contraseña (GUARDAR FRASE).';
const KEY_NOT_HERE =
  'La clave de las copias no está en este equipo (la base de datos se restauró aquí o cambió de servidor). Escriba de nuevo la frase de contraseña.';
const FOLDER_UNREACHABLE = (folder: string) =>
  `No se puede abrir la carpeta de destino (${folder}). Revise que la unidad esté conectada o la red disponible.`;

class Refusal extends Error {
  constructor(readonly error: AppErrorData) {
    super(error.message);
  }
}

const refuse = (code: ErrorCode, message: string, field?: string): never => {
  throw new Refusal(field ? { code, message, issues: [{ field, message }] } : { code, message });
};

function unwrap<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Refusal(result.error);
  return result.data as T;
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = issuesOf(parsed.error);
  throw new Refusal({ code: 'VALIDATION', message: issues[0]?.message ?? 'Datos no válidos', issues });
}

/** What a failed check of a backup tells the admin; anything unexpected is logged and said plainly. */
function refusalOf(error: unknown): Refusal | null {
  if (error instanceof Refusal) return error;
  if (error instanceof WrongPassphraseError)
    return new Refusal({ code: 'VALIDATION', message: error.message, issues: [{ field: 'passphrase', message: error.message }] });
  if (error instanceof DamagedBackupError) return new Refusal({ code: 'RULE', message: error.message });
  if (error instanceof BackupMissingError) return new Refusal({ code: 'NOT_FOUND', message: error.message });
  if (error instanceof BackupFailure) return new Refusal({ code: 'RULE', message: error.message });
  return null;
}

export function createBackupService(deps: BackupServiceDeps): BackupService {
  const { office, clock, log } = deps;
  const secret = () => machineSecret(deps.secretFile);
  let tail: Promise<unknown> = Promise.resolve();
  let running = false;

  /** One job at a time, in the order asked. */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = tail.then(async () => {
      running = true;
      try {
        return await work();
      } finally {
        running = false;
      }
    });
    tail = next.catch(() => undefined);
    return next;
  }

  const plan = () => unwrap<Output<'backups.plan'>>(office.dispatch(null, 'backups.plan', {}, { internal: true }));

  function usableKey(stored: Output<'backups.plan'>['key']): BackupKey | null {
    if (!stored) return null;
    const key = unwrapKey(stored.wrapped, secret());
    return key ? { key, kdf: stored.kdf, verifier: stored.verifier } : null;
  }

  function record(run: RecordRunInput): BackupRun {
    return unwrap<BackupRun>(office.dispatch(null, 'backups.recordRun', run, { internal: true }));
  }

  /** One backup, recorded whatever its result. Nothing configured: no automatic run (and a refusal on demand). */
  async function runBackup(trigger: 'DIARIA' | 'CORTE' | 'MANUAL', username: string | null): Promise<BackupRun | null> {
    const current = plan();
    const { folder } = current.config;
    if (!folder || !current.key) return trigger === 'MANUAL' ? refuse('RULE', NOT_CONFIGURED) : null;
    const startedAt = clock.now();
    const base = { trigger, startedAt: startedAt.toISOString(), folder, username };
    const key = usableKey(current.key);
    if (!key) {
      return record({
        ...base,
        result: 'ERROR',
        fileName: null,
        sizeBytes: null,
        writeMs: null,
        verifyMs: null,
        filesCopied: null,
        message: KEY_NOT_HERE,
      });
    }
    try {
      const outcome = await makeBackup({
        sqlite: office.core().sqlite,
        key,
        folder,
        workDir: deps.workDir,
        archiveDir: deps.archiveDir,
        now: startedAt,
        timeZone: current.timeZone,
        retention: current.config,
        nativeBinding: deps.nativeBinding,
      });
      const { fileName, sizeBytes, writeMs, verifyMs, filesCopied } = outcome;
      return record({ ...base, result: 'OK', fileName, sizeBytes, writeMs, verifyMs, filesCopied, message: null });
    } catch (error) {
      if (!(error instanceof BackupFailure)) log(`copia de seguridad ${trigger}`, error);
      const message = error instanceof BackupFailure ? error.message : UNEXPECTED;
      return record({
        ...base,
        result: 'ERROR',
        fileName: null,
        sizeBytes: null,
        writeMs: null,
        verifyMs: null,
        filesCopied: null,
        message,
      });
    }
  }

  async function restore(username: string, input: { fileName: string; passphrase: string; restoreArchive: boolean }) {
    const { folder } = plan().config;
    if (!folder) refuse('RULE', NOT_CONFIGURED);
    const startedAt = clock.now();
    const verified = await verifyBackup(folder, input.fileName, input.passphrase, deps.workDir, deps.nativeBinding);
    try {
      const restoredFiles =
        input.restoreArchive && deps.archiveDir ? (await restoreArchive(folder, deps.archiveDir, input.passphrase)).copied : 0;
      const savedAside = await saveAside(office.core().sqlite, office.file, startedAt, deps.nativeBinding);
      // Recorded in the restored file itself before it goes live: its migrations run, its sessions end.
      const restored = createCore({
        file: verified.file,
        clock,
        migrationsFolder: deps.migrationsFolder,
        nativeBinding: deps.nativeBinding,
        checkpointEveryMs: 0,
        log,
      });
      try {
        unwrap(
          restored.dispatch(
            null,
            'backups.recordRestore',
            {
              trigger: 'RESTAURACION',
              startedAt: startedAt.toISOString(),
              result: 'OK',
              fileName: input.fileName,
              folder,
              sizeBytes: verified.header.plainBytes,
              writeMs: null,
              verifyMs: null,
              filesCopied: restoredFiles,
              message: `La base de datos anterior se guardó en ${savedAside}`,
              username,
              savedAside,
            },
            { internal: true },
          ),
        );
      } finally {
        restored.close();
      }
      await office.restart(() => swapDatabase(office.file, verified.file));
      return { ...contentsOf(input.fileName, verified), savedAside, archiveFilesRestored: restoredFiles };
    } finally {
      await rm(verified.file, { force: true });
    }
  }

  function contentsOf(
    fileName: string,
    verified: { header: { createdAt: string; plainBytes: number }; counts: Record<string, number> },
  ) {
    return {
      fileName,
      createdAt: verified.header.createdAt,
      sizeBytes: verified.header.plainBytes,
      counts: Object.entries(verified.counts).map(([table, rows]) => ({ table, rows })),
    };
  }

  async function inspect(input: { fileName: string; passphrase: string }) {
    const { folder } = plan().config;
    if (!folder) refuse('RULE', NOT_CONFIGURED);
    const verified = await verifyBackup(folder, input.fileName, input.passphrase, deps.workDir, deps.nativeBinding);
    await rm(verified.file, { force: true });
    return contentsOf(input.fileName, verified);
  }

  async function list() {
    const { folder } = plan().config;
    if (!folder) return [];
    const files = await listBackupFiles(folder).catch(() => refuse('RULE', FOLDER_UNREACHABLE(folder)));
    return files.map((f) => ({ fileName: f.name, createdAt: f.at.toISOString(), sizeBytes: f.size }));
  }

  async function setPassphrase(session: string | null, input: { passphrase: string }) {
    const key = await newBackupKey(input.passphrase, deps.kdf ?? DEFAULT_KDF);
    const stored = { kdf: key.kdf, verifier: key.verifier, wrapped: wrapKey(key.key, secret()) };
    return unwrap(office.dispatch(session, 'backups.storeKey', stored, { internal: true }));
  }

  async function answer(session: string | null, name: string, input: unknown, workstation?: string): Promise<unknown> {
    const procedure = backupServiceContract[name as keyof typeof backupServiceContract];
    const me = unwrap<Output<'auth.session'>>(office.dispatch(session, 'auth.session', {}, { workstation }));
    if (me.mustChangePassword) refuse('FORBIDDEN', 'Debe cambiar su contraseña antes de continuar.');
    if (!accessAllows(procedure.access, me.user.role)) refuse('FORBIDDEN', 'Su rol no tiene permiso para esta acción.');
    const username = me.user.username;
    switch (name) {
      case 'backups.status': {
        parse(procedure.input, input);
        const overview = unwrap<Output<'backups.overview'>>(
          office.dispatch(session, 'backups.overview', {}, { internal: true, workstation }),
        );
        return { ...overview, keyUsable: usableKey(plan().key) !== null, running };
      }
      case 'backups.setPassphrase':
        return setPassphrase(session, parse(backupServiceContract['backups.setPassphrase'].input, input));
      case 'backups.run':
        parse(procedure.input, input);
        return exclusive(() => runBackup('MANUAL', username));
      case 'backups.list':
        parse(procedure.input, input);
        return list();
      case 'backups.inspect':
        return exclusive(() => inspect(parse(backupServiceContract['backups.inspect'].input, input)));
      case 'backups.restore':
        return exclusive(() => restore(username, parse(backupServiceContract['backups.restore'].input, input)));
      default:
        return refuse('UNKNOWN_PROCEDURE', 'La acción solicitada no existe.');
    }
  }

  const every = deps.tickEveryMs ?? 60_000;
  const tick = async () => {
    if (running) return;
    try {
      const current = plan();
      if (!current.config.folder || !current.key) return;
      if (!dailyBackupDue(clock.now(), current.timeZone, current.config.dailyHour, current.lastDailyAt)) return;
      await exclusive(() => runBackup('DIARIA', null));
    } catch (error) {
      log('copia diaria', error);
    }
  };
  const timer = every > 0 ? setInterval(() => void tick(), every) : null;
  timer?.unref();

  return {
    async handle(session, name, input, workstation) {
      if (!isBackupServiceProcedure(name))
        return { ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: 'La acción solicitada no existe.' } };
      try {
        const output = backupServiceContract[name as keyof typeof backupServiceContract].output.safeParse(
          await answer(session, name, input, workstation),
        );
        if (output.success) return { ok: true, data: output.data };
        log(`${name}: la respuesta no cumple el contrato`, output.error);
        return { ok: false, error: { code: 'INTERNAL', message: UNEXPECTED } };
      } catch (error) {
        const refusal = refusalOf(error);
        if (refusal) return { ok: false, error: refusal.error };
        log(`${name}: error inesperado`, error);
        return { ok: false, error: { code: 'INTERNAL', message: UNEXPECTED } };
      }
    },
    tick,
    afterCashClose: async () => {
      try {
        await exclusive(() => runBackup('CORTE', null));
      } catch (error) {
        log('copia tras el corte de caja', error);
      }
    },
    stop: async () => {
      if (timer) clearInterval(timer);
      await tail;
    },
  };
}
