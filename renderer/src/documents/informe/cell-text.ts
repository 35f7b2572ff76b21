import { formatCurrency, formatInstant, formatNumber, formatTime, type Currency } from '../../format/format';
import { differenceLabel } from '../caja/caja-text';
import type { Cell, CellKind } from './daily-sections';

/** An over/short in the cash desk's words: "Faltante $ 5.000", "Sobrante $ 2.000", "Sin diferencia". */
export function differenceText(amount: number, currency: Currency): string {
  const label = differenceLabel(amount);
  const words = label.charAt(0) + label.slice(1).toLowerCase();
  return amount === 0 ? words : `${words} ${formatCurrency(Math.abs(amount), currency)}`;
}

/** A cell of the informe diario as the screen shows it ('—' for nothing). */
export function cellText(cell: Cell, kind: CellKind, currency: Currency): string {
  if (cell === null || cell === '') return '—';
  if (typeof cell === 'string') return kind === 'instant' ? formatInstant(cell) : kind === 'time' ? formatTime(cell) : cell;
  if (kind === 'money') return formatCurrency(cell, currency);
  if (kind === 'difference') return differenceText(cell, currency);
  return formatNumber(cell, 3);
}

/** Numbers line up on the right. */
export const alignOf = (kind: CellKind): 'left' | 'right' =>
  kind === 'money' || kind === 'difference' || kind === 'count' ? 'right' : 'left';
