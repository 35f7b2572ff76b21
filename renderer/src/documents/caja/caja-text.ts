import { COPY_LABELS } from '../codes';

/**
 * The receipt's two pages (SPEC §3.2): the user takes the original, the cashier keeps the copy
 * with the corte del día. A void receipt goes the same way.
 */
export const RECEIPT_COPY_LABELS = [COPY_LABELS.original, 'COPIA — CORTE DEL DÍA'] as const;

/** The corte de caja: the supervisor who receives the money keeps the original. */
export const CLOSE_COPY_LABELS = ['ORIGINAL — SUPERVISOR', 'COPIA — CAJERO'] as const;

/** A close's counted − expected as the cash desk says it. */
export function differenceLabel(difference: number): 'FALTANTE' | 'SOBRANTE' | 'SIN DIFERENCIA' {
  if (difference < 0) return 'FALTANTE';
  return difference > 0 ? 'SOBRANTE' : 'SIN DIFERENCIA';
}

/** "Factura" or "Facturas", as many as a receipt names. */
export const invoiceLabel = (invoices: readonly string[]) => (invoices.length > 1 ? 'Facturas' : 'Factura');
