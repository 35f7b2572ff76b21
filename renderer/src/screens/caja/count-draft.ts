import { denominationCount } from '../../../../electron/core/contract/cash.contract';

/** The blind count as typed: denomination → quantity text (blank is none). */
export type CountDraft = Readonly<Record<number, string>>;

const quantitySchema = denominationCount.shape.quantity;

/** A typed quantity as the contract judges it: blank is 0; "-1", "1,5" or "diez" are refused. */
export function quantityOf(text: string): { quantity: number } | { error: string } {
  const t = text.trim();
  const checked = quantitySchema.safeParse(t === '' ? 0 : Number(t.replace(',', '.')));
  return checked.success ? { quantity: checked.data } : { error: checked.error.issues[0]?.message ?? 'Cantidad: no válida' };
}

export interface CountCheck {
  count: { denomination: number; quantity: number }[];
  /** By denomination, next to its field. */
  errors: Record<number, string>;
  /** What the valid lines add up to, live while typing. */
  total: number;
}

export function checkCount(denominations: readonly number[], draft: CountDraft): CountCheck {
  const result: CountCheck = { count: [], errors: {}, total: 0 };
  for (const denomination of denominations) {
    const q = quantityOf(draft[denomination] ?? '');
    if ('error' in q) {
      result.errors[denomination] = q.error;
      continue;
    }
    result.count.push({ denomination, quantity: q.quantity });
    result.total += denomination * q.quantity;
  }
  return result;
}
