import type { TenderMethod } from '../../../../db/schema/enums';
import { collectInput, type CollectInput } from '../../../../electron/core/contract/cash.contract';
import { zodFieldErrors, type FieldErrors } from '../../components/form-errors';
import { formatMoney, formatNumber } from '../../format/format';
import { parsePesos } from '../../components/pesos-input';

/** One medio de pago as typed: amounts stay text until REGISTRAR judges them. */
export interface TenderDraft {
  id: number;
  method: TenderMethod;
  /** What this medio pays of the coupon or factura. */
  amount: string;
  /** Efectivo: what the user handed over (blank: exactly the amount). */
  tendered: string;
  /** Tarjeta, transferencia, consignación: voucher or transaction number. */
  reference: string;
}

export type TenderField = 'method' | 'amount' | 'tendered' | 'reference';
/** The name of a tender's input, also the path of its errors: "tenders.0.amount". */
export const tenderName = (index: number, field: TenderField) => `tenders.${index}.${field}`;

/** An amount put in a field for the cashier, as they would type it: "90.800". */
const typed = (amount: number): string => formatNumber(amount);

/** A coupon or factura just loaded: all of it in efectivo, the cashier types what was handed over. */
export const firstTenders = (total: number): TenderDraft[] => [
  { id: 1, method: 'EFECTIVO', amount: typed(total), tendered: '', reference: '' },
];

const valueOf = (text: string): number => {
  const n = parsePesos(text);
  return Number.isFinite(n) ? n : 0;
};

/** What the medios add up to, reading what cannot be read as nothing. */
export const tendersSum = (lines: readonly TenderDraft[]): number => lines.reduce((t, l) => t + valueOf(l.amount), 0);

/** Split tender: another medio for what the others do not cover yet. */
export function withAnotherTender(lines: readonly TenderDraft[], total: number): TenderDraft[] {
  const remaining = total - tendersSum(lines);
  return [
    ...lines,
    {
      id: Math.max(0, ...lines.map((l) => l.id)) + 1,
      method: lines.some((l) => l.method === 'EFECTIVO') ? 'TARJETA' : 'EFECTIVO',
      amount: remaining > 0 ? typed(remaining) : '',
      tendered: '',
      reference: '',
    },
  ];
}

/** The change to hand back, or what the cash handed over still lacks; null until it is typed. */
export function cashChange(lines: readonly TenderDraft[]): { change: number } | { short: number } | null {
  const cash = lines.find((l) => l.method === 'EFECTIVO');
  if (!cash || cash.tendered.trim() === '') return null;
  const tendered = parsePesos(cash.tendered);
  const amount = parsePesos(cash.amount);
  if (!Number.isFinite(tendered) || !Number.isFinite(amount)) return null;
  return tendered >= amount ? { change: tendered - amount } : { short: amount - tendered };
}

export type Tender = CollectInput['tenders'][number];

/** The medios de pago as the core takes them, from the lines as typed. */
export function tendersOf(lines: readonly TenderDraft[]): Tender[] {
  return lines.map((l) =>
    l.method === 'EFECTIVO'
      ? { method: l.method, amount: parsePesos(l.amount), ...(l.tendered.trim() ? { tendered: parsePesos(l.tendered) } : {}) }
      : { method: l.method, amount: parsePesos(l.amount), reference: l.reference },
  );
}

const tendersOnly = collectInput.pick({ tenders: true });

/**
 * What REGISTRAR would be refused for, field by field: the contract's own schema, then the
 * sum the core requires (the medios pay exactly `what`: "el cupón", "la factura").
 */
export function tenderErrors(tenders: Tender[], total: number, what: string): FieldErrors {
  const checked = tendersOnly.safeParse({ tenders });
  if (!checked.success) return zodFieldErrors(checked.error);
  const sum = tenders.reduce((t, x) => t + x.amount, 0);
  if (sum === total) return {};
  return {
    tenders: `Medios de pago: suman ${formatMoney(sum)} y ${what} es por ${formatMoney(total)}; deben ser iguales`,
  };
}
