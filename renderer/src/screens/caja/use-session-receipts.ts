import { useQuery } from '@tanstack/react-query';
import type { Output } from '../../api';
import { cashQueries } from '../../api/cash';

export type SessionReceipt = Output<'cash.receipts'>[number];

const NONE: SessionReceipt[] = [];

/** Recibos de la sesión (cash.receipts), read while the screen is shown and after each change. */
export function useSessionReceipts(active: boolean) {
  const { data, error } = useQuery({ ...cashQueries.receipts(), enabled: active });
  return { receipts: data ?? NONE, error: error?.message ?? null };
}
