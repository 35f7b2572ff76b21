import { useState } from 'react';
import type { CouponInput } from '../../../../electron/core/contract/coupons.contract';
import { call } from '../../api';
import type { PartyRow } from '../party/party-draft';
import { useForm } from '../use-form';
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
  const [confirming, setConfirming] = useState<CouponInput | null>(null);
  const form = useForm(null, ABONO_FIELDS);
  const clear = form.forget;

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
    form.reset();
    const checked = couponRequest({ subscriberCode, items, chosen, amount, partyId: party?.id ?? null }, form.requestKey);
    if ('errors' in checked) return form.refuse(checked.errors) as AbonoField | null;
    setConfirming(checked.input);
    return null;
  }

  /** OK: one coupons.create however many times it is pressed. */
  async function confirm(): Promise<AbonoField | null> {
    if (!confirming) return null;
    const outcome = await form.attempt({ send: () => call('coupons.create', confirming) });
    if (!outcome.ok && outcome.ignored) return null;
    setConfirming(null);
    if (outcome.ok) onIssued(outcome.data);
    return outcome.ok ? null : (outcome.field as AbonoField | null);
  }

  return {
    chosen,
    choose,
    total: chosenTotal(items, chosen),
    amount,
    typeAmount,
    party,
    chooseParty,
    errors: form.errors,
    message: form.message,
    busy: form.busy,
    confirming,
    generate,
    confirm,
    cancel: () => setConfirming(null),
  };
}
