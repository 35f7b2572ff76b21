import { call, type Output } from '../../api';
import { useForm } from '../../components/use-form';
import { collectOf, tenderErrors, tenderName, type TenderDraft, type TenderField } from './tender-draft';

export type Coupon = Output<'coupons.get'>;
export type Receipt = Output<'cash.collect'>;

const FIELDS: readonly TenderField[] = ['method', 'amount', 'tendered', 'reference'];
/** The tender fields in form order, then the lines as a whole (its message under the table). */
const shownFields = (count: number) => [
  ...Array.from({ length: count }, (_, i) => FIELDS.map((f) => tenderName(i, f))).flat(),
  'tenders',
];

/**
 * REGISTRAR of one loaded coupon, through the one form cycle. This hook lives as long as that
 * coupon's form, so its request key is sent again on every retry: if an earlier attempt was
 * recorded but its answer lost, the core returns that receipt instead of paying twice. A second
 * Enter while one is on its way does nothing.
 */
export function useCollect(coupon: Coupon, onPaid: (receipt: Receipt) => void) {
  const form = useForm(null, shownFields(1));

  /** Resolves with the first tender field to fix, if any. */
  async function register(lines: readonly TenderDraft[]): Promise<string | null> {
    const input = collectOf(lines, coupon.number, form.requestKey);
    // 'tenders' has its place under the table, never the focus.
    const fields = shownFields(lines.length);
    const outcome = await form.attempt({
      localErrors: tenderErrors(input, coupon.total),
      fields,
      send: () => call('cash.collect', input),
    });
    if (outcome.ok) onPaid(outcome.data);
    return outcome.ok || outcome.field === 'tenders' ? null : outcome.field;
  }

  return {
    errors: form.errors,
    message: form.message,
    busy: form.busy,
    register,
    /** A changed field: what was said about it, and about the lines as a whole, no longer holds. */
    forget: (field: string) => form.forget(field, 'tenders'),
  };
}
