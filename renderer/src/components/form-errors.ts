import type { z } from 'zod';
import type { ApiError } from '../api';

/** Error message per field path ("documentNumber"); "" is the form as a whole. */
export type FieldErrors = Partial<Record<string, string>>;

/** The first message of each field, from the same zod schema the core validates with. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    errors[field] ??= issue.message;
  }
  return errors;
}

/**
 * The core's issues[] as field errors. `prefix` strips the wrapper of inputs such as
 * parties.update's `{ id, party: {...} }` so "party.names" lands on the "names" field.
 */
export function serverFieldErrors(error: ApiError, prefix = ''): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues ?? []) {
    const field = prefix && issue.field.startsWith(prefix) ? issue.field.slice(prefix.length) : issue.field;
    errors[field] ??= issue.message;
  }
  return errors;
}

/** What a form shows in its alert: the core's message unless every issue sits on a shown field. */
export function formMessage(error: ApiError, errors: FieldErrors, shownFields: readonly string[]): string | null {
  const placed = (error.issues ?? []).length > 0 && Object.keys(errors).every((f) => shownFields.includes(f));
  return placed ? null : error.message;
}
