import { createHash, randomBytes, randomInt } from 'node:crypto';
import { MINUTE_MS } from '../clock';
import { type Ctx, actor, nowIso } from '../context';
import {
  type IssuedCode,
  PAIRING_ALPHABET,
  PAIRING_CODE_LENGTH,
  PAIRING_CODE_MINUTES,
  type PuestoRow,
} from '../contract/puestos.contract';
import { AppError } from '../errors';
import { prepared } from '../statements';

/** The office's puestos: created with a one-time code, paired with a key, revoked for good. Only hashes are kept. */

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A puesto's last call is written at most this often, so that reading does not write on every call. */
const TOUCH_EVERY_MS = 10_000;

export const UNPAIRED_MESSAGE =
  'Este equipo no está vinculado al servidor de la oficina, o su vinculación fue revocada. Pida al administrador un código de vinculación.';
const BAD_CODE =
  'Código de vinculación no válido o vencido. Pida al administrador uno nuevo en el servidor (ADMINISTRACIÓN → Puestos y red).';

interface Stored {
  id: number;
  name: string;
  createdAt: string;
  pairedAt: string | null;
  revokedAt: string | null;
  pairingExpiresAt: string | null;
  pairingCodeHash: string | null;
  keyHash: string | null;
  lastSeenAt: string | null;
  lastAddress: string | null;
}

const COLUMNS = `id, name, created_at AS createdAt, paired_at AS pairedAt, revoked_at AS revokedAt,
  pairing_expires_at AS pairingExpiresAt, pairing_code_hash AS pairingCodeHash, key_hash AS keyHash,
  last_seen_at AS lastSeenAt, last_address AS lastAddress`;

function newCode(): string {
  let code = '';
  for (let i = 0; i < PAIRING_CODE_LENGTH; i++) code += PAIRING_ALPHABET[randomInt(PAIRING_ALPHABET.length)];
  return code.replace(/(.{4})(?!$)/g, '$1-');
}

function puestoById(ctx: Ctx, id: number): Stored {
  const row = prepared(ctx.sqlite, `SELECT ${COLUMNS} FROM puestos WHERE id = ?`).get(id) as Stored | undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Ese puesto no existe.');
  return row;
}

/** A fresh code for the puesto; the previous one, if any, stops working. */
function issueCode(ctx: Ctx, puesto: Pick<Stored, 'id' | 'name'>): IssuedCode {
  const code = newCode();
  const expiresAt = new Date(ctx.clock.now().getTime() + PAIRING_CODE_MINUTES * MINUTE_MS).toISOString();
  prepared(ctx.sqlite, 'UPDATE puestos SET pairing_code_hash = ?, pairing_expires_at = ? WHERE id = ?').run(
    hashOf(code.replaceAll('-', '')),
    expiresAt,
    puesto.id,
  );
  // The code itself is shown once and never stored or audited.
  ctx.audit({ recordType: 'puesto', recordId: puesto.id, after: { name: puesto.name, codeExpiresAt: expiresAt } });
  return { id: puesto.id, name: puesto.name, code, expiresAt };
}

export function createPuesto(ctx: Ctx, input: { name: string }): IssuedCode {
  const taken = prepared(ctx.sqlite, 'SELECT 1 FROM puestos WHERE name = ?').get(input.name);
  if (taken) {
    throw new AppError('VALIDATION', `Ya existe un puesto llamado ${input.name}; los nombres no se repiten.`, {
      issues: [{ field: 'name', message: `Nombre del puesto: ${input.name} ya existe` }],
    });
  }
  const { id } = prepared(ctx.sqlite, 'INSERT INTO puestos (name, created_at, created_by) VALUES (?, ?, ?) RETURNING id').get(
    input.name,
    nowIso(ctx),
    actor(ctx).id,
  ) as { id: number };
  return issueCode(ctx, { id, name: input.name });
}

export function newPairingCode(ctx: Ctx, input: { id: number }): IssuedCode {
  const puesto = puestoById(ctx, input.id);
  if (puesto.revokedAt) throw new AppError('RULE', `El puesto ${puesto.name} fue revocado; cree un puesto nuevo.`);
  return issueCode(ctx, puesto);
}

export function revokePuesto(ctx: Ctx, input: { id: number }): { revokedAt: string; sessionsEnded: number } {
  const puesto = puestoById(ctx, input.id);
  if (puesto.revokedAt) throw new AppError('RULE', `El puesto ${puesto.name} ya estaba revocado.`);
  const at = nowIso(ctx);
  prepared(ctx.sqlite, 'UPDATE puestos SET revoked_at = ?, pairing_code_hash = NULL WHERE id = ?').run(at, puesto.id);
  const ended = prepared(
    ctx.sqlite,
    'UPDATE user_sessions SET ended_at = ?, end_reason = ? WHERE workstation = ? AND ended_at IS NULL',
  ).run(at, UNPAIRED_MESSAGE, puesto.name);
  ctx.audit({ recordType: 'puesto', recordId: puesto.id, before: { name: puesto.name }, after: { revokedAt: at } });
  return { revokedAt: at, sessionsEnded: ended.changes };
}

/** A computer presents a code: it becomes the puesto and gets its key (a re-pair replaces the old key). */
export function pairPuesto(ctx: Ctx, input: { code: string; address: string }): { id: number; name: string; key: string } {
  const row = prepared(ctx.sqlite, `SELECT ${COLUMNS} FROM puestos WHERE pairing_code_hash = ?`).get(hashOf(input.code)) as
    Stored | undefined;
  const now = nowIso(ctx);
  if (!row || row.revokedAt || !row.pairingExpiresAt || row.pairingExpiresAt <= now) {
    throw new AppError('VALIDATION', BAD_CODE, { issues: [{ field: 'code', message: BAD_CODE }] });
  }
  const key = randomBytes(32).toString('base64url');
  prepared(
    ctx.sqlite,
    `UPDATE puestos SET key_hash = ?, paired_at = ?, pairing_code_hash = NULL, pairing_expires_at = NULL,
       last_seen_at = ?, last_address = ? WHERE id = ?`,
  ).run(hashOf(key), now, now, input.address, row.id);
  ctx.workstation = row.name;
  ctx.audit({ recordType: 'puesto', recordId: row.id, after: { paired: now, address: input.address } });
  return { id: row.id, name: row.name, key };
}

/** Which puesto a key is, read from the database on every call: a revoked key stops at once. */
export function recognizePuesto(ctx: Ctx, input: { key: string; address: string }): { id: number; name: string } {
  const row = prepared(ctx.sqlite, `SELECT ${COLUMNS} FROM puestos WHERE key_hash = ?`).get(hashOf(input.key)) as
    Stored | undefined;
  if (!row || row.revokedAt) throw new AppError('UNPAIRED', UNPAIRED_MESSAGE);
  const now = ctx.clock.now();
  if (!row.lastSeenAt || now.getTime() - Date.parse(row.lastSeenAt) >= TOUCH_EVERY_MS || row.lastAddress !== input.address) {
    prepared(ctx.sqlite, 'UPDATE puestos SET last_seen_at = ?, last_address = ? WHERE id = ?').run(
      now.toISOString(),
      input.address,
      row.id,
    );
  }
  return { id: row.id, name: row.name };
}

export function listPuestos(ctx: Ctx): { puestos: PuestoRow[] } {
  const rows = prepared(ctx.sqlite, `SELECT ${COLUMNS} FROM puestos ORDER BY revoked_at IS NOT NULL, name`).all() as Stored[];
  const sessionsOf = prepared(
    ctx.sqlite,
    `SELECT u.username, u.full_name AS fullName, s.last_seen_at AS lastSeenAt FROM user_sessions s
       JOIN users u ON u.id = s.user_id WHERE s.workstation = ? AND s.ended_at IS NULL ORDER BY s.last_seen_at DESC`,
  );
  const now = nowIso(ctx);
  return {
    puestos: rows.map((row) => ({
      id: row.id,
      name: row.name,
      state: row.revokedAt ? 'REVOCADO' : row.keyHash ? 'VINCULADO' : 'PENDIENTE',
      createdAt: row.createdAt,
      pairedAt: row.pairedAt,
      revokedAt: row.revokedAt,
      codeExpiresAt: row.pairingExpiresAt && row.pairingExpiresAt > now ? row.pairingExpiresAt : null,
      lastSeenAt: row.lastSeenAt,
      lastAddress: row.lastAddress,
      users: row.revokedAt ? [] : (sessionsOf.all(row.name) as PuestoRow['users']),
    })),
  };
}
