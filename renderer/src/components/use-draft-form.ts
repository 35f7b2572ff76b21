import { useState } from 'react';
import type { z } from 'zod';
import type { Result } from '../api';
import type { FieldErrors } from './form-errors';
import { useForm } from './use-form';

export interface DraftFormSpec<D, I, T, F extends string> {
  /** The fields with a place on screen for their message, in the order of the form. */
  fields: readonly F[];
  /** The contract's own schema: the screen checks what the core will check. */
  schema: z.ZodType;
  inputOf(draft: D, requestKey: string): I;
  /** What the schema cannot know (the código opened with Enter…); the schema's message wins. */
  localErrors?(draft: D): FieldErrors;
  /** Where a message goes: a line's problem under its table, a nested path on its field. */
  place(errors: FieldErrors): FieldErrors;
  send(input: I): Promise<Result<T>>;
  onSaved(data: T): void;
}

/**
 * A counter form that saves a numbered record (FACTURA, TRÁMITE): its draft, and GUARDAR
 * through the one form cycle (useForm). A new form ("Nueva factura", "Nuevo trámite") is a new
 * component, hence a new request key. `save` resolves with the first field to fix, if any.
 */
export function useDraftForm<D, I, T, F extends string>(initial: () => D, spec: DraftFormSpec<D, I, T, F>) {
  const [draft, setDraft] = useState<D>(initial);
  const form = useForm(spec.schema, spec.fields, { place: spec.place });

  /** Changes the draft; what was said about the changed fields no longer holds. */
  function update(patch: Partial<D> | ((d: D) => Partial<D>), ...changed: F[]) {
    setDraft((d) => ({ ...d, ...(typeof patch === 'function' ? patch(d) : patch) }));
    form.forget(...changed);
  }

  async function save(): Promise<F | null> {
    const input = spec.inputOf(draft, form.requestKey);
    const outcome = await form.attempt({ value: input, localErrors: spec.localErrors?.(draft), send: () => spec.send(input) });
    if (outcome.ok) spec.onSaved(outcome.data);
    return outcome.ok ? null : (outcome.field as F | null);
  }

  return { draft, update, errors: form.errors, message: form.message, busy: form.busy, save };
}
