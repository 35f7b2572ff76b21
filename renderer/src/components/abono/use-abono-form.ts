import { useRef, useState } from 'react';
import type { CouponInput } from '../../../../electron/core/contract/coupons.contract';
import { call } from '../../api';
import { formMessage, serverFieldErrors, type FieldErrors } from '../form-errors';
import type { PartyRow } from '../party/party-draft';
import { ABONO_FIELDS, chosenTotal, couponRequest, type CouponView, type OwedItem } from './abono-draft';

export type AbonoField = (typeof ABONO_FIELDS)[number];

/**
 * The ABONO form's state: every debt chosen at first (what a counter expects), the amount
 * following the chosen total until the asesor types an abono, and GENERAR → OK with one
 * request key for the life of the form, so a second OK or a retry returns the same coupon.
 */
export function useAbonoForm(
  subscriberCode: string,
  items: readonly OwedItem[],
  initialParty: PartyRow | null,
  onIssued: (coupon: CouponView) => void,
) {
  const [chosen, setChosen] = useState<ReadonlySet<number>>(() => new Set(items.map((i) => i.chargeId)));
  const [amount, setAmount] = useState<string | null>(null);
  const [party, setParty] = useState<PartyRow | null>(initialParty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<CouponInput | null>(null);
  const [busy, setBusy] = useState(false);
  const [requestKey] = useState(() => crypto.randomUUID());
  const sending = useRef(false);

  const clear = (...fields: AbonoField[]) =>
    setErrors((e) => {
      const left = { ...e };
      for (const f of fields) delete left[f];
      return left;
    });

  /** A change of the chosen debts sets the amount back to their total. */
  function choose(next: ReadonlySet<number>) {
    setChosen(next);
    setAmount(null);
    clear('chargeIds', 'amount');
  }

  function typeAmount(text: string) {
    setAmount(text);
    clear('amount');
  }

  function chooseParty(next: PartyRow | null) {
    setParty(next);
    clear('partyId');
  }

  /** GENERAR: checks, then asks for OK. Resolves with the field to fix, if any. */
  function generate(): AbonoField | null {
    setMessage(null);
    const checked = couponRequest({ subscriberCode, items, chosen, amount, partyId: party?.id ?? null }, requestKey);
    if ('errors' in checked) return refuse(checked.errors, null);
    setErrors({});
    setConfirming(checked.input);
    return null;
  }

  /** OK: one coupons.create however many times it is pressed. */
  async function confirm(): Promise<AbonoField | null> {
    if (sending.current || !confirming) return null;
    sending.current = true;
    setBusy(true);
    const result = await call('coupons.create', confirming);
    sending.current = false;
    setBusy(false);
    setConfirming(null);
    if (result.ok) {
      onIssued(result.data);
      return null;
    }
    const found = serverFieldErrors(result.error);
    return refuse(found, formMessage(result.error, found, ABONO_FIELDS));
  }

  function refuse(found: FieldErrors, text: string | null): AbonoField | null {
    setErrors(found);
    const unplaced = Object.keys(found).filter((f) => !(ABONO_FIELDS as readonly string[]).includes(f));
    setMessage(text ?? (unplaced.length > 0 ? unplaced.map((f) => found[f]).join(' ') : null));
    return ABONO_FIELDS.find((f) => found[f] !== undefined) ?? null;
  }

  return {
    chosen,
    choose,
    total: chosenTotal(items, chosen),
    amount,
    typeAmount,
    party,
    chooseParty,
    errors,
    message,
    busy,
    confirming,
    generate,
    confirm,
    cancel: () => setConfirming(null),
  };
}
