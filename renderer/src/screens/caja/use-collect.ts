import { call, type Output } from '../../api';
import { useForm } from '../../components/use-form';
import { tenderErrors, tenderName, tendersOf, type TenderDraft, type TenderField } from './tender-draft';

export type Coupon = Output<'coupons.get'>;
export type Invoice = Output<'cash.invoice'>;
export type Receipt = Output<'cash.collect'>;

/** What REGISTRAR pays: a coupon, or a factura by its number (seed 004); `total` is what the medios must add up to. */
export interface Payable {
  kind: 'CUPON' | 'FACTURA';
  number: string;
  total: number;
}

export const payableCoupon = (coupon: Coupon): Payable => ({ kind: 'CUPON', number: coupon.number, total: coupon.total });
export const payableInvoice = (invoice: Invoice): Payable => ({
  kind: 'FACTURA',
  number: invoice.number,
  total: invoice.outstanding,
});

const FIELDS: readonly TenderField[] = ['method', 'amount', 'tendered', 'reference'];
/** The tender fields in form order, then the lines as a whole (its message under the table). */
const shownFields = (count: number) => [
  ...Array.from({ length: count }, (_, i) => FIELDS.map((f) => tenderName(i, f))).flat(),
  'tenders',
];

/**
 * REGISTRAR of one loaded coupon or factura, through the one form cycle. This hook lives as
 * long as that form, so its request key is sent again on every retry: if an earlier attempt
 * was recorded but its answer lost, the core returns that receipt instead of paying twice. A
 * second Enter while one is on its way does nothing.
 */
export function useCollect(payable: Payable, onPaid: (receipt: Receipt) => void) {
  const form = useForm(null, shownFields(1));

  /** Resolves with the first tender field to fix, if any. */
  async function register(lines: readonly TenderDraft[]): Promise<string | null> {
    const tenders = tendersOf(lines);
    const { requestKey } = form;
    // 'tenders' has its place under the table, never the focus.
    const fields = shownFields(lines.length);
    const outcome = await form.attempt({
      localErrors: tenderErrors(tenders, payable.total, payable.kind === 'CUPON' ? 'el cupón' : 'la factura'),
      fields,
      send: () =>
        payable.kind === 'CUPON'
          ? call('cash.collect', { requestKey, couponNumber: payable.number, tenders })
          : call('cash.collectInvoice', { requestKey, invoiceNumber: payable.number, tenders }),
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
