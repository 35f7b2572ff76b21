import { useRef, useState } from 'react';
import { pqrInput } from '../../../../../electron/core/contract/pqr.contract';
import { call } from '../../../api';
import { formMessage, serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form-errors';
import {
  causeOf,
  codeNotOpened,
  emptyPqr,
  inputOf,
  placeErrors,
  PQR_FIELDS,
  type PqrCatalog,
  type PqrDraft,
  type PqrField,
  type PqrView,
} from './pqr-draft';

/**
 * The PQR → TRÁMITE form's state and its GUARDAR: checked with the contract's own schema,
 * messages next to their fields, one request key per form so a double click radicates once.
 */
export function usePqrForm(catalog: PqrCatalog | null, onSaved: (request: PqrView) => void) {
  const [draft, setDraft] = useState<PqrDraft>(() => emptyPqr(catalog));
  const [requestKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saving = useRef(false);
  const cause = causeOf(catalog, draft);

  function update(patch: Partial<PqrDraft> | ((d: PqrDraft) => Partial<PqrDraft>), ...fields: PqrField[]) {
    setDraft((d) => ({ ...d, ...(typeof patch === 'function' ? patch(d) : patch) }));
    if (fields.length > 0) {
      setErrors((e) => {
        const left = { ...e };
        for (const f of fields) delete left[f];
        return left;
      });
    }
  }

  /** GUARDAR. Resolves with the first field to fix, if any. */
  async function save(): Promise<PqrField | null> {
    if (saving.current) return null;
    setMessage(null);
    const input = inputOf(draft, cause, requestKey);
    const checked = pqrInput.safeParse(input);
    const found = checked.success ? {} : placeErrors(zodFieldErrors(checked.error));
    const notOpened = codeNotOpened(draft);
    if (notOpened) found.subscriberCode ??= notOpened;
    if (cause?.needsAppointment && !draft.appointment)
      found.appointment ??= 'Cita de visita: elija una franja libre de la agenda';
    if (Object.keys(found).length > 0) return refuse(found, null);

    saving.current = true;
    setBusy(true);
    const result = await call('pqr.create', input);
    saving.current = false;
    setBusy(false);
    if (result.ok) {
      onSaved(result.data);
      return null;
    }
    const fieldErrors = placeErrors(serverFieldErrors(result.error));
    return refuse(fieldErrors, formMessage(result.error, fieldErrors, PQR_FIELDS));
  }

  function refuse(found: FieldErrors, text: string | null): PqrField | null {
    setErrors(found);
    const unplaced = Object.keys(found).filter((f) => !(PQR_FIELDS as readonly string[]).includes(f));
    setMessage(text ?? (unplaced.length > 0 ? unplaced.map((f) => found[f]).join(' ') : null));
    return PQR_FIELDS.find((f) => found[f] !== undefined) ?? null;
  }

  return { draft, update, cause, errors, message, busy, save };
}
