import { invoiceInput } from '../../../../../electron/core/contract/invoices.contract';
import { call } from '../../../api';
import { useDraftForm } from '../../../components/use-draft-form';
import { codeNotOpened, emptyInvoice, INVOICE_FIELDS, inputOf, placeErrors, type InvoiceView } from './invoice-draft';

export type InvoiceField = (typeof INVOICE_FIELDS)[number];

/** The FACTURA form's state and its GUARDAR (see useDraftForm). */
export function useInvoiceForm(today: string, onSaved: (invoice: InvoiceView) => void) {
  return useDraftForm(() => emptyInvoice(today), {
    fields: INVOICE_FIELDS,
    schema: invoiceInput,
    inputOf,
    localErrors: (draft) => {
      const notOpened = codeNotOpened(draft);
      return notOpened ? { subscriberCode: notOpened } : {};
    },
    place: placeErrors,
    send: (input) => call('invoices.create', input),
    onSaved,
  });
}
