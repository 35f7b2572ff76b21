import type { z } from 'zod';
import type { Role } from '../../../db/schema/enums';

/**
 * Who may call a procedure: anyone (login), any logged-in user, or the listed roles.
 * 'locked' procedures also run on a session locked for inactivity (unlock, logout).
 */
export type Access = 'public' | 'session' | 'locked' | readonly Role[];

/** Does this access let a logged-in user of the role in? ('public', 'session', 'locked': anyone.) */
export function accessAllows(access: Access, role: Role): boolean {
  return typeof access === 'string' || access.includes(role);
}

export interface Procedure<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
  /** Mutations run in an IMMEDIATE transaction and are audited. */
  mutates: boolean;
  /** Called by the main process only (the print service's records); no transport serves it. */
  internal?: boolean;
}

export const query = <I extends z.ZodType, O extends z.ZodType>(access: Access, input: I, output: O): Procedure<I, O> => ({
  access,
  input,
  output,
  mutates: false,
});

export const mutation = <I extends z.ZodType, O extends z.ZodType>(access: Access, input: I, output: O): Procedure<I, O> => ({
  access,
  input,
  output,
  mutates: true,
});

/** A mutation only the main process calls (dispatch's `internal` option); unknown to every transport. */
export const internalMutation = <I extends z.ZodType, O extends z.ZodType>(
  access: Access,
  input: I,
  output: O,
): Procedure<I, O> => ({
  access,
  input,
  output,
  mutates: true,
  internal: true,
});

/** A query only the main process calls (the backup service's reads); unknown to every transport. */
export const internalQuery = <I extends z.ZodType, O extends z.ZodType>(
  access: Access,
  input: I,
  output: O,
): Procedure<I, O> => ({
  access,
  input,
  output,
  mutates: false,
  internal: true,
});
