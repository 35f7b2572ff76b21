import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { agreementTerms } from '../../../../../electron/core/contract/agreements.contract';
import type { Input, Output } from '../../../api';
import { agreementQueries } from '../../../api/agreements';
import { CallError } from '../../../api/queries';
import { serverFieldErrors, zodFieldErrors } from '../../../components/form-errors';
import { termErrors, termsOf, type TermField, type TermsDraft } from './terms-draft';

export type SchedulePreview = Output<'agreements.preview'>;
type PreviewInput = Input<'agreements.preview'>;

export interface PreviewState {
  /** The schedule for the terms on screen; while a new one is asked for, the last one shown. */
  preview: SchedulePreview | null;
  /** The schema's or the schedule rule's message per field (e.g. the least down payment). */
  errors: Partial<Record<TermField, string>>;
  /** A problem that is not about one field. */
  message: string | null;
  loading: boolean;
}

const DEBOUNCE_MS = 250;
const IDLE: PreviewState = { preview: null, errors: {}, message: null, loading: false };

/** The terms once the typing paused: each keystroke does not ask the core. */
function useSettled(input: PreviewInput | null): PreviewInput | null {
  const [settled, setSettled] = useState(input);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(input), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [input]);
  return settled;
}

const sameTerms = (a: PreviewInput | null, b: PreviewInput) => a !== null && JSON.stringify(a) === JSON.stringify(b);

/**
 * The schedule computed by the core (agreements.preview) for the terms as typed, asked again
 * as they change. An empty down payment is asked as 0, so the core's minimum shows at once.
 */
export function useSchedulePreview(debt: number, draft: TermsDraft): PreviewState {
  const input = useMemo(() => {
    const typed = termsOf(draft);
    return { debt, ...(draft.downPayment.trim() === '' ? { ...typed, downPayment: 0 } : typed) };
  }, [debt, draft]);
  const local = useMemo(() => {
    const { debt: _, ...terms } = input;
    const checked = agreementTerms.safeParse(terms);
    return checked.success ? {} : termErrors(zodFieldErrors(checked.error));
  }, [input]);
  const runnable = debt > 0 && Object.keys(local).length === 0;
  const asked = useSettled(runnable ? input : null);
  // While the next terms are asked, the last schedule stays on screen (dimmed).
  const answer = useQuery({
    ...agreementQueries.preview(asked ?? input),
    enabled: runnable && asked !== null,
    placeholderData: keepPreviousData,
  });

  if (debt <= 0) return IDLE;
  if (!runnable) return { ...IDLE, errors: local };
  if (!sameTerms(asked, input) || answer.isPending || answer.isPlaceholderData) {
    return { ...IDLE, preview: answer.data ?? null, loading: true };
  }
  if (answer.isSuccess) return { ...IDLE, preview: answer.data };
  const error =
    answer.error instanceof CallError
      ? answer.error.apiError
      : { code: 'INTERNAL' as const, message: answer.error?.message ?? '' };
  const errors = termErrors(serverFieldErrors(error));
  return { ...IDLE, errors, message: Object.keys(errors).length > 0 ? null : error.message };
}
