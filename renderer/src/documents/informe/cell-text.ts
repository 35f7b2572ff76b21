import { formatCurrency, formatInstant, type Currency } from '../../format/format';
import type { Cell, CellKind } from './daily-sections';

const counts = new Intl.NumberFormat('es-CO');

/** An over/short as the close says it: "Faltante $ 5.000", "Sobrante $ 2.000", "Sin diferencia". */
export function differenceText(amount: number, currency: Currency): string {
  if (amount === 0) return 'Sin diferencia';
  return `${amount < 0 ? 'Faltante' : 'Sobrante'} ${formatCurrency(Math.abs(amount), currency)}`;
}

/** A cell of the informe diario as the screen shows it ('—' for nothing). */
export function cellText(cell: Cell, kind: CellKind, currency: Currency): string {
  if (cell === null || cell === '') return '—';
  if (typeof cell === 'string') return kind === 'instant' ? formatInstant(cell) : cell;
  if (kind === 'money') return formatCurrency(cell, currency);
  if (kind === 'difference') return differenceText(cell, currency);
  return counts.format(cell);
}

/** Numbers line up on the right. */
export const alignOf = (kind: CellKind): 'left' | 'right' =>
  kind === 'money' || kind === 'difference' || kind === 'count' ? 'right' : 'left';
