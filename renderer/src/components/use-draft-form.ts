import { useRef, useState } from 'react';
import type { z } from 'zod';
import type { Result } from '../api';
import { formMessage, serverFieldErrors, zodFieldErrors, type FieldErrors } from './form-errors';

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
 * A counter form that saves a numbered record (FACTURA, TRÁMITE): its draft, GUARDAR checked
 * with the contract's schema, messages next to their fields, and one request key per form so
 * a double click saves once. `save` resolves with the first field to fix, if any.
 */
export function useDraftForm<D, I, T, F extends string>(initial: () => D, spec: DraftFormSpec<D, I, T, F>) {
  const [draft, setDraft] = useState<D>(initial);
  // A new form ("Nueva factura", "Nuevo trámite") is a new component, hence a new key.
  const [requestKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saving = useRef(false);

  /** Changes the draft; what was said about the changed fields no longer holds. */
  function update(patch: Partial<D> | ((d: D) => Partial<D>), ...changed: F[]) {
    setDraft((d) => ({ ...d, ...(typeof patch === 'function' ? patch(d) : patch) }));
    if (changed.length > 0) {
      setErrors((e) => {
        const left = { ...e };
        for (const f of changed) delete left[f];
        return left;
      });
    }
  }

  async function save(): Promise<F | null> {
    if (saving.current) return null;
    setMessage(null);
    const input = spec.inputOf(draft, requestKey);
    const checked = spec.schema.safeParse(input);
    const found = checked.success ? {} : spec.place(zodFieldErrors(checked.error));
    for (const [field, text] of Object.entries(spec.localErrors?.(draft) ?? {})) found[field] ??= text;
    if (Object.keys(found).length > 0) return refuse(found, null);

    saving.current = true;
    setBusy(true);
    const result = await spec.send(input);
    saving.current = false;
    setBusy(false);
    if (result.ok) {
      spec.onSaved(result.data);
      return null;
    }
    const fieldErrors = spec.place(serverFieldErrors(result.error));
    return refuse(fieldErrors, formMessage(result.error, fieldErrors, spec.fields));
  }

  function refuse(found: FieldErrors, text: string | null): F | null {
    setErrors(found);
    // A message with no field on screen must still be seen.
    const unplaced = Object.keys(found).filter((f) => !(spec.fields as readonly string[]).includes(f));
    setMessage(text ?? (unplaced.length > 0 ? unplaced.map((f) => found[f]).join(' ') : null));
    return spec.fields.find((f) => found[f] !== undefined) ?? null;
  }

  return { draft, update, errors, message, busy, save };
}
