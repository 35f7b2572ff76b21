import { addMonthsToDate } from '../../../../../electron/core/calendar/civil';
import type { AgreementTerms } from '../../../../../electron/core/contract/agreements.contract';
import type { FieldErrors } from '../../../components/form-errors';
import { parsePesos } from '../../../components/pesos-input';

/** The agreement terms as typed: strings until the contract's schema judges them. */
export interface TermsDraft {
  downPayment: string;
  installments: string;
  firstDueOn: string;
}

export type TermField = keyof TermsDraft;
export const TERM_FIELDS = ['downPayment', 'installments', 'firstDueOn'] as const satisfies readonly TermField[];

/** A starting point the asesor changes: six installments, the first one a month from today. */
export function emptyTerms(today: string): TermsDraft {
  return { downPayment: '', installments: '6', firstDueOn: addMonthsToDate(today, 1) };
}

/** "6" is 6; "6,5" stays fractional and anything else is NaN, so the schema names the problem. */
function parseCount(text: string): number {
  const s = text.trim();
  return /^-?\d+([.,]\d+)?$/.test(s) ? Number(s.replace(',', '.')) : Number.NaN;
}

/** What the procedures receive. */
export function termsOf(draft: TermsDraft): AgreementTerms {
  return {
    downPayment: parsePesos(draft.downPayment),
    installments: parseCount(draft.installments),
    firstDueOn: draft.firstDueOn,
  };
}

/**
 * The terms' messages wherever they came from: the form's schema nests them under
 * "agreement." (invoices.create), the core's schedule rule names the bare field.
 */
export function termErrors(errors: FieldErrors, prefix = ''): Partial<Record<TermField, string>> {
  const found: Partial<Record<TermField, string>> = {};
  for (const field of TERM_FIELDS) {
    const message = errors[`${prefix}${field}`] ?? errors[field];
    if (message) found[field] = message;
  }
  return found;
}
