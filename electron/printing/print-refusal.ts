import type { z } from 'zod';
import type { Output, Result } from '../core/contract';
import { issuesOf } from '../core/dispatch';
import type { AppErrorData, ErrorCode } from '../core/errors';

/**
 * How the print services refuse: a Refusal thrown anywhere in a print becomes the caller's
 * `{ ok: false, error }`; anything else is logged and answered as an unexpected error.
 */

const UNEXPECTED = 'Ocurrió un error inesperado al imprimir. Intente de nuevo; si se repite, avise al administrador.';

/** A name neither print service answers. */
export const UNKNOWN: Result<never> = {
  ok: false,
  error: { code: 'UNKNOWN_PROCEDURE', message: 'La acción solicitada no existe.' },
};

export class Refusal extends Error {
  constructor(readonly error: AppErrorData) {
    super(error.message);
  }
}

export const refuse = (code: ErrorCode, message: string): never => {
  throw new Refusal({ code, message });
};

/** The data of a dispatch (or remote) result, or the refusal it carries. */
export function unwrap<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Refusal(result.error);
  return result.data as T;
}

export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = issuesOf(parsed.error);
  throw new Refusal({ code: 'VALIDATION', message: issues[0]?.message ?? 'Datos no válidos', issues });
}

/** auth.session's answer as the print services take it: no printing before the first password change. */
export function sessionUser(result: Result<unknown>): Output<'auth.session'> {
  const me = unwrap<Output<'auth.session'>>(result);
  if (me.mustChangePassword) refuse('FORBIDDEN', 'Debe cambiar su contraseña antes de continuar.');
  return me;
}

/** The work's answer as a Result: refusals as they are, anything else logged under `name`. */
export async function settle<T>(
  name: string,
  log: (message: string, error: unknown) => void,
  work: () => Promise<T>,
): Promise<Result<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.error };
    log(`${name}: error inesperado`, error);
    return { ok: false, error: { code: 'INTERNAL', message: UNEXPECTED } };
  }
}
