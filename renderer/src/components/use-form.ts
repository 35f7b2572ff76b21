import { useState } from 'react';
import type { z } from 'zod';
import type { ApiError, Result } from '../api';
import { formMessage, serverFieldErrors, zodFieldErrors, type FieldErrors } from './form-errors';

/**
 * The submit cycle every form shares: check with the contract's zod schema, call, then
 * place the core's issues on the fields or show its message. `issuePrefix` strips the
 * wrapper of inputs such as parties.update's `{ id, party }`.
 */
export function useForm<S extends z.ZodType>(schema: S, fields: readonly string[], issuePrefix = '') {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit<T>(value: z.input<S>, send: () => Promise<Result<T>>): Promise<T | null> {
    setMessage(null);
    const checked = schema.safeParse(value);
    if (!checked.success) {
      const found = zodFieldErrors(checked.error);
      setErrors(found);
      // A problem with no field on screen must still be seen, or the form just does nothing.
      const unplaced = Object.keys(found).filter((f) => !fields.includes(f));
      if (unplaced.length > 0) setMessage(unplaced.map((f) => found[f]).join(' '));
      return null;
    }
    setErrors({});
    setBusy(true);
    const result = await send();
    setBusy(false);
    if (result.ok) return result.data;
    showError(result.error);
    return null;
  }

  function showError(error: ApiError) {
    const fieldErrors = serverFieldErrors(error, issuePrefix);
    setErrors(fieldErrors);
    setMessage(formMessage(error, fieldErrors, fields));
  }

  function reset() {
    setErrors({});
    setMessage(null);
  }

  return { errors, message, busy, submit, reset };
}
