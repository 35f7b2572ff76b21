import { createHash } from 'node:crypto';
import type { Ctx } from './context';
import { nowIso } from './context';
import { AppError } from './errors';
import { prepared } from './statements';

/** The same input, whatever the order of its keys: JSON with sorted keys, the key itself left out. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([k, v]) => k !== 'requestKey' && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export const inputHash = (input: unknown): string => createHash('sha256').update(canonical(input)).digest('hex');

export const REQUEST_KEY_REUSED =
  'Esta solicitud ya se usó con otros datos. Vuelva a abrir la pantalla e intente de nuevo; no se guardó nada.';

/**
 * A request key means one request. Inside the mutation's transaction: the first use stores
 * the key with its procedure, user and input hash; a retry of the same request goes on (its
 * service returns what the first one saved); anything else with that key is refused.
 * A refused or failed first attempt rolls the key back with everything else.
 */
export function bindRequestKey(ctx: Ctx, procedure: string, input: unknown): void {
  const key = input && typeof input === 'object' && 'requestKey' in input ? input.requestKey : undefined;
  if (typeof key !== 'string') return;
  const user = ctx.session?.user.id;
  if (user === undefined) return;
  const hash = inputHash(input);
  const earlier = prepared(
    ctx.sqlite,
    'SELECT procedure, user_id AS userId, input_hash AS inputHash FROM request_keys WHERE key = ?',
  ).get(key) as { procedure: string; userId: number; inputHash: string } | undefined;
  if (!earlier) {
    prepared(ctx.sqlite, 'INSERT INTO request_keys (key, procedure, user_id, input_hash, created_at) VALUES (?, ?, ?, ?, ?)').run(
      key,
      procedure,
      user,
      hash,
      nowIso(ctx),
    );
    return;
  }
  if (earlier.procedure !== procedure || earlier.userId !== user || earlier.inputHash !== hash) {
    throw new AppError('CONFLICT', REQUEST_KEY_REUSED);
  }
}
