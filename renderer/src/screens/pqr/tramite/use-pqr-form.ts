import { pqrInput } from '../../../../../electron/core/contract/pqr.contract';
import { call } from '../../../api';
import type { FieldErrors } from '../../../components/form-errors';
import { useDraftForm } from '../../../components/use-draft-form';
import { causeOf, codeNotOpened, emptyPqr, inputOf, placeErrors, PQR_FIELDS, type PqrCatalog, type PqrView } from './pqr-draft';

/** The PQR → TRÁMITE form's state and its GUARDAR (see useDraftForm). */
export function usePqrForm(catalog: PqrCatalog | null, onSaved: (request: PqrView) => void) {
  const form = useDraftForm(() => emptyPqr(catalog), {
    fields: PQR_FIELDS,
    schema: pqrInput,
    inputOf: (draft, requestKey) => inputOf(draft, causeOf(catalog, draft), requestKey),
    localErrors: (draft) => {
      const found: FieldErrors = {};
      const notOpened = codeNotOpened(draft);
      if (notOpened) found.subscriberCode = notOpened;
      if (causeOf(catalog, draft)?.needsAppointment && !draft.appointment) {
        found.appointment = 'Cita de visita: elija una franja libre de la agenda';
      }
      return found;
    },
    place: placeErrors,
    send: (input) => call('pqr.create', input),
    onSaved,
  });
  return { ...form, cause: causeOf(catalog, form.draft) };
}
