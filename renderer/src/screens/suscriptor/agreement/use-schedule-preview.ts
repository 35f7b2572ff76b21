import { useEffect, useMemo, useState } from 'react';
import { agreementTerms } from '../../../../../electron/core/contract/agreements.contract';
import { call, type Output, type Result } from '../../../api';
import { serverFieldErrors, zodFieldErrors } from '../../../components/form-errors';
import { termErrors, termsOf, type TermField, type TermsDraft } from './terms-draft';

export type SchedulePreview = Output<'agreements.preview'>;

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

/**
 * The schedule computed by the core (agreements.preview) for the terms as typed, asked again
 * as they change. An empty down payment is asked as 0, so the core's minimum shows at once.
 */
export function useSchedulePreview(debt: number, draft: TermsDraft): PreviewState {
  const terms = useMemo(() => {
    const typed = termsOf(draft);
    return draft.downPayment.trim() === '' ? { ...typed, downPayment: 0 } : typed;
  }, [draft]);
  const local = useMemo(() => {
    const checked = agreementTerms.safeParse(terms);
    return checked.success ? {} : termErrors(zodFieldErrors(checked.error));
  }, [terms]);
  const runnable = debt > 0 && Object.keys(local).length === 0;
  const key = JSON.stringify({ debt, ...terms });
  const [answer, setAnswer] = useState<{ key: string; result: Result<SchedulePreview> } | null>(null);
  const [lastGood, setLastGood] = useState<SchedulePreview | null>(null);

  useEffect(() => {
    if (!runnable) return;
    let current = true;
    const input = { debt, ...terms };
    const timer = window.setTimeout(() => {
      void call('agreements.preview', input).then((result) => {
        if (!current) return;
        setAnswer({ key, result });
        if (result.ok) setLastGood(result.data);
      });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [key, runnable, debt, terms]);

  if (debt <= 0) return { preview: null, errors: {}, message: null, loading: false };
  if (!runnable) return { preview: null, errors: local, message: null, loading: false };
  const result = answer?.key === key ? answer.result : null;
  if (!result) return { preview: lastGood, errors: {}, message: null, loading: true };
  if (result.ok) return { preview: result.data, errors: {}, message: null, loading: false };
  const errors = termErrors(serverFieldErrors(result.error));
  return {
    preview: null,
    errors,
    message: Object.keys(errors).length > 0 ? null : result.error.message,
    loading: false,
  };
}
