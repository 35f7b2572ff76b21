import type { InvokeEnvelope } from '../shared/bridge';

/** Procedure names are short dotted words; anything longer is not one of ours. */
const MAX_NAME = 100;
/** Session ids are opaque tokens issued by auth.login. */
const MAX_SESSION = 200;

/**
 * Checks what a transport received before it reaches dispatch. Both transports share it so
 * the desktop window and browser mode accept exactly the same calls. `input` is not checked
 * here: dispatch validates it against the procedure's schema. A missing `session` counts as
 * "not logged in", because JSON drops undefined values.
 */
export function parseEnvelope(value: unknown): InvokeEnvelope | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { name, input, session } = value as Record<string, unknown>;
  if (typeof name !== 'string' || name.length === 0 || name.length > MAX_NAME) return null;
  if (session !== undefined && session !== null && (typeof session !== 'string' || session.length > MAX_SESSION)) {
    return null;
  }
  return { name, input, session: typeof session === 'string' ? session : null };
}

export const BAD_ENVELOPE_MESSAGE = 'La solicitud no tiene la forma esperada: { name, input, session }.';
