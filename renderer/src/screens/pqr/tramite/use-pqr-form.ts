import { useQuery } from '@tanstack/react-query';
import { pqrInput } from '../../../../../electron/core/contract/pqr.contract';
import { call } from '../../../api';
import { pqrQueries, type RequirementFacts } from '../../../api/pqr';
import type { FieldErrors } from '../../../components/form-errors';
import { useDraftForm } from '../../../components/use-draft-form';
import {
  applicantOf,
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

/** What the requirements depend on: once one changes, a refusal about them no longer holds. */
const FACTS: readonly PqrField[] = ['subscriberCode', 'partyId', 'service', 'requestTypeId', 'causeId', 'applicantKind'];

/** The checklist's question: tipo, causal and who asks, once all three are known. */
export function requirementFactsOf(draft: PqrDraft): RequirementFacts | null {
  const applicantKind = applicantOf(draft);
  if (draft.requestTypeId === null || draft.causeId === null || !applicantKind) return null;
  return { requestTypeId: draft.requestTypeId, causeId: draft.causeId, applicantKind };
}

/** The PQR → TRÁMITE form's state, its checklist of requirements and its GUARDAR (see useDraftForm). */
export function usePqrForm(catalog: PqrCatalog | null, onSaved: (request: PqrView) => void, start: Partial<PqrDraft> = {}) {
  const form = useDraftForm(() => ({ ...emptyPqr(catalog), ...start }), {
    fields: PQR_FIELDS,
    schema: pqrInput,
    inputOf: (draft, requestKey) => inputOf(draft, causeOf(catalog, draft), requestKey, checklist.data),
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
  const facts = requirementFactsOf(form.draft);
  const checklist = useQuery({
    ...pqrQueries.requirements(facts ?? { requestTypeId: 0, causeId: 0, applicantKind: 'TITULAR' }),
    enabled: facts !== null,
  });

  function update(patch: Parameters<typeof form.update>[0], ...changed: PqrField[]) {
    const factChanged = changed.some((f) => FACTS.includes(f));
    form.update(patch, ...changed, ...(factChanged ? (['requirementsPresented'] as const) : []));
  }

  return {
    ...form,
    update,
    cause: causeOf(catalog, form.draft),
    /** The checklist for the facts as they are now; null until tipo, causal and solicitante are known. */
    checklist: facts ? { items: checklist.data, error: checklist.error?.message ?? null } : null,
  };
}
