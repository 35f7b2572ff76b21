import type { Currency } from '../../format/format';
import { amountInWords } from '../text';

/** The total in words under a table of amounts: "SON: …". */
export function AmountInWords({ amount, currency }: { amount: number; currency: Currency }) {
  return <p className="doc-amount-words">SON: {amountInWords(amount, currency)}</p>;
}
