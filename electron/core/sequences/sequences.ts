import type { Ctx } from '../context';
import { today } from '../context';
import { prepared } from '../statements';

/** The number series of the office; each is consecutive per year. */
export const SERIES = {
  FACTURA: { prefix: 'FAC' },
  ACUERDO: { prefix: 'ACP' },
  CUPON: { prefix: 'CUP' },
  RECIBO: { prefix: 'REC' },
  ANULACION_RECIBO: { prefix: 'ANR' },
  CORTE: { prefix: 'CC' },
  ESTADO_CUENTA: { prefix: 'EDC' },
  RADICADO: { prefix: 'RAD' },
  ORDEN_TRABAJO: { prefix: 'OT' },
  OFICIO: { prefix: 'OFI' },
  EDICTO: { prefix: 'EDI' },
  FALTANTES: { prefix: 'DF' },
  CERTIFICADO_NO_ADEUDO: { prefix: 'CND' },
} as const;
export type Series = keyof typeof SERIES;

export interface DocumentNumber {
  year: number;
  seq: number;
  /** As printed: FAC-2026-000123. */
  number: string;
}

/**
 * The next number of a series, taken inside the caller's transaction: if the record is not
 * saved the increment rolls back with it, so numbers are never skipped nor reused.
 */
export function nextNumber(ctx: Ctx, series: Series): DocumentNumber {
  if (!ctx.sqlite.inTransaction) throw new Error(`nextNumber(${series}) fuera de una transacción`);
  const year = Number(today(ctx).slice(0, 4));
  const row = prepared(
    ctx.sqlite,
    `INSERT INTO sequences (series, year, last_value) VALUES (?, ?, 1)
     ON CONFLICT (series, year) DO UPDATE SET last_value = last_value + 1
     RETURNING last_value AS seq`,
  ).get(series, year) as { seq: number };
  return { year, seq: row.seq, number: `${SERIES[series].prefix}-${year}-${String(row.seq).padStart(6, '0')}` };
}
