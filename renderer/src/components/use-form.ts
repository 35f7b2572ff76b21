import { useRef, useState } from 'react';
import type { z } from 'zod';
import type { Result } from '../api';
import { formMessage, serverFieldErrors, zodFieldErrors, type FieldErrors } from './form-errors';

export interface FormOptions {
  /** Strips the wrapper of inputs such as parties.update's `{ id, party }` from the core's issue paths. */
  issuePrefix?: string;
  /** Where a message goes: a line's problem under its table, a nested path on its field. */
  place?(errors: FieldErrors): FieldErrors;
}

export interface Attempt<T> {
  /** What the schema checks before anything is sent (the contract's own schema). */
  value?: unknown;
  /** What the schema cannot know (the código opened with Enter, the change of a tender…); the schema's message wins. */
  localErrors?: FieldErrors;
  /** The fields on screen for this attempt, when they change with the form (one per tender line). */
  fields?: readonly string[];
  send(): Promise<Result<T>>;
}

/**
 * An attempt's outcome: the core's answer, or the first field to fix (null: the message says
 * it). `ignored`: another attempt of this form was still on its way, so nothing was sent.
 */
export type Outcome<T> = { ok: true; data: T } | { ok: false; field: string | null; ignored?: true };

/**
 * The one submit cycle of every form: check with the contract's zod schema (its Spanish
 * messages on their fields), send once however many times Enter or GUARDAR is pressed, then
 * place the core's issues on the fields or show its message. The draft is the form's own state,
 * untouched by a refusal. One request key for the life of the form: a retry after a lost answer
 * returns what the first attempt did, never a second record.
 */
export function useForm<S extends z.ZodType>(schema: S | null, fields: readonly string[], options: FormOptions = {}) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [requestKey] = useState(() => crypto.randomUUID());
  const sending = useRef(false);
  const place = options.place ?? ((found: FieldErrors) => found);

  /** Shows what to fix; resolves the first field of the form that has a message. */
  function refuse(found: FieldErrors, text: string | null = null, shown: readonly string[] = fields): string | null {
    setErrors(found);
    // A problem with no field on screen must still be seen, or the form just does nothing.
    const unplaced = Object.keys(found).filter((f) => !shown.includes(f));
    setMessage(text ?? (unplaced.length > 0 ? unplaced.map((f) => found[f]).join(' ') : null));
    return shown.find((f) => found[f] !== undefined) ?? null;
  }

  /** The schema's and the screen's own findings, placed; empty when the value may be sent. */
  function check(value: unknown, localErrors: FieldErrors = {}): FieldErrors {
    const checked = schema && value !== undefined ? schema.safeParse(value) : null;
    const found = checked && !checked.success ? place(zodFieldErrors(checked.error)) : {};
    for (const [field, text] of Object.entries(localErrors)) found[field] ??= text;
    return found;
  }

  async function attempt<T>({ value, localErrors, fields: shown = fields, send }: Attempt<T>): Promise<Outcome<T>> {
    if (sending.current) return { ok: false, field: null, ignored: true };
    setMessage(null);
    const found = check(value, localErrors);
    if (Object.keys(found).length > 0) return { ok: false, field: refuse(found, null, shown) };
    setErrors({});
    sending.current = true;
    setBusy(true);
    const result = await send();
    sending.current = false;
    setBusy(false);
    if (result.ok) return result;
    const fieldErrors = place(serverFieldErrors(result.error, options.issuePrefix));
    return { ok: false, field: refuse(fieldErrors, formMessage(result.error, fieldErrors, shown), shown) };
  }

  /** `attempt` for forms that only need the answer: the data, or null when refused. */
  async function submit<T>(value: z.input<S>, send: () => Promise<Result<T>>): Promise<T | null> {
    const outcome = await attempt({ value, send });
    return outcome.ok ? outcome.data : null;
  }

  /** A changed field: what was said about it no longer holds. */
  function forget(...changed: string[]) {
    setErrors((e) => {
      if (!changed.some((f) => e[f] !== undefined)) return e;
      const left = { ...e };
      for (const f of changed) delete left[f];
      return left;
    });
  }

  function reset() {
    setErrors({});
    setMessage(null);
  }

  return { errors, message, busy, requestKey, attempt, submit, refuse, forget, reset };
}
