import { useRef, useState } from 'react';
import { invoiceInput } from '../../../../../electron/core/contract/invoices.contract';
import { call } from '../../../api';
import { formMessage, serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form-errors';
import {
  codeNotOpened,
  emptyInvoice,
  INVOICE_FIELDS,
  inputOf,
  placeErrors,
  type InvoiceDraft,
  type InvoiceView,
} from './invoice-draft';

export type InvoiceField = (typeof INVOICE_FIELDS)[number];

/**
 * The FACTURA form's state and its GUARDAR: checked with the contract's own schema, messages
 * placed next to their fields, one request key per form so a double click saves one factura.
 */
export function useInvoiceForm(today: string, onSaved: (invoice: InvoiceView) => void) {
  const [draft, setDraft] = useState<InvoiceDraft>(() => emptyInvoice(today));
  // A new form (Nueva factura) is a new component, hence a new key.
  const [requestKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const saving = useRef(false);

  /** Changes the draft; what was said about the changed fields no longer holds. */
  function update(patch: Partial<InvoiceDraft> | ((d: InvoiceDraft) => Partial<InvoiceDraft>), ...fields: InvoiceField[]) {
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
  async function save(): Promise<InvoiceField | null> {
    if (saving.current) return null;
    setMessage(null);
    const input = inputOf(draft, requestKey);
    const checked = invoiceInput.safeParse(input);
    const found = checked.success ? {} : placeErrors(zodFieldErrors(checked.error));
    found.subscriberCode ??= codeNotOpened(draft) ?? undefined;
    if (found.subscriberCode === undefined) delete found.subscriberCode;
    if (Object.keys(found).length > 0) return refuse(found, null);

    saving.current = true;
    setBusy(true);
    const result = await call('invoices.create', input);
    saving.current = false;
    setBusy(false);
    if (result.ok) {
      onSaved(result.data);
      return null;
    }
    const fieldErrors = placeErrors(serverFieldErrors(result.error));
    return refuse(fieldErrors, formMessage(result.error, fieldErrors, INVOICE_FIELDS));
  }

  function refuse(found: FieldErrors, text: string | null): InvoiceField | null {
    setErrors(found);
    // A message with no field on screen must still be seen.
    const unplaced = Object.keys(found).filter((f) => !(INVOICE_FIELDS as readonly string[]).includes(f));
    setMessage(text ?? (unplaced.length > 0 ? unplaced.map((f) => found[f]).join(' ') : null));
    return INVOICE_FIELDS.find((f) => found[f] !== undefined) ?? null;
  }

  return { draft, update, errors, message, busy, save };
}
