import { useRef, useState } from 'react';
import { call, type Output } from '../../api';
import { formMessage, serverFieldErrors, type FieldErrors } from '../../components/form-errors';
import { collectOf, tenderErrors, tenderName, type TenderDraft, type TenderField } from './tender-draft';

export type Coupon = Output<'coupons.get'>;
export type Receipt = Output<'cash.collect'>;

const FIELDS: readonly TenderField[] = ['method', 'amount', 'tendered', 'reference'];
const shownFields = (count: number) => [
  'tenders',
  ...Array.from({ length: count }, (_, i) => FIELDS.map((f) => tenderName(i, f))).flat(),
];

/**
 * REGISTRAR of one loaded coupon. The request key is made once, when the coupon is loaded
 * (this hook lives as long as that coupon's form), and sent again on every retry: if an
 * earlier attempt was recorded but its answer lost, the core returns that receipt instead
 * of paying twice. A second Enter while one is on its way does nothing.
 */
export function useCollect(coupon: Coupon, onPaid: (receipt: Receipt) => void) {
  const [requestKey] = useState(() => crypto.randomUUID());
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);

  /** Resolves with the first field to fix, if any. */
  async function register(lines: readonly TenderDraft[]): Promise<string | null> {
    if (sending.current) return null;
    const input = collectOf(lines, coupon.number, requestKey);
    const found = tenderErrors(input, coupon.total);
    if (Object.keys(found).length > 0) return refuse(found, null, lines.length);

    sending.current = true;
    setBusy(true);
    setErrors({});
    setMessage(null);
    const result = await call('cash.collect', input);
    sending.current = false;
    setBusy(false);
    if (result.ok) {
      onPaid(result.data);
      return null;
    }
    const fieldErrors = serverFieldErrors(result.error);
    return refuse(fieldErrors, formMessage(result.error, fieldErrors, shownFields(lines.length)), lines.length);
  }

  function refuse(found: FieldErrors, text: string | null, count: number): string | null {
    const shown = shownFields(count);
    setErrors(found);
    const unplaced = Object.keys(found).filter((f) => !shown.includes(f));
    setMessage(text ?? (unplaced.length > 0 ? unplaced.map((f) => found[f]).join(' ') : null));
    return shown.find((f) => f !== 'tenders' && found[f] !== undefined) ?? null;
  }

  /** A changed field: what was said about it no longer holds. */
  function forget(field: string) {
    setErrors((e) => {
      if (e[field] === undefined && e.tenders === undefined) return e;
      const left = { ...e };
      delete left[field];
      delete left.tenders;
      return left;
    });
  }

  return { errors, message, busy, register, forget };
}
