import { useEffect, useState } from 'react';
import type { PqrStatus, Service } from '../../../../../db/schema/enums';
import type { Bandeja } from '../../../../../electron/core/contract/pqr.contract';
import { call, type Output } from '../../../api';

export type BandejaRow = Output<'pqr.list'>['rows'][number];
type Cursor = Output<'pqr.list'>['next'];

export interface BandejaFilters {
  bandeja: Bandeja;
  status: PqrStatus | null;
  service: Service | null;
}

interface Answer {
  /** The request it answers: filters, round and how many pages. */
  key: string;
  rows: BandejaRow[];
  next: Cursor;
  error: string | null;
}

/**
 * One bandeja's rows, a page at a time (keyset): "Cargar más" continues after the last row.
 * Read again when the filters change, the screen is shown again, or `reload` is called.
 */
export function useBandeja(filters: BandejaFilters, active: boolean, activation: number) {
  const [round, setRound] = useState(0);
  const base = `${filters.bandeja}|${filters.status ?? ''}|${filters.service ?? ''}|${activation}|${round}`;
  // The cursor belongs to the list it was taken from: new filters start from the first page.
  const [page, setPage] = useState<{ base: string; after: Cursor }>({ base: '', after: null });
  const after = page.base === base ? page.after : null;
  const key = `${base}|${after ? `${after.dueOn}#${after.id}` : ''}`;
  const [answer, setAnswer] = useState<Answer>({ key: '', rows: [], next: null, error: null });

  useEffect(() => {
    if (!active) return;
    let current = true;
    void call('pqr.list', {
      bandeja: filters.bandeja,
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.service ? { service: filters.service } : {}),
      ...(after ? { after } : {}),
      limit: 50,
    }).then((result) => {
      if (!current) return;
      setAnswer((last) =>
        result.ok
          ? {
              key,
              rows: after && last.key.startsWith(base) ? [...last.rows, ...result.data.rows] : result.data.rows,
              next: result.data.next,
              error: null,
            }
          : { ...last, key, error: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [active, key, base, after, filters.bandeja, filters.status, filters.service]);

  // A page continues only the list it was asked from.
  const stale = after !== null && !answer.key.startsWith(base);
  return {
    rows: stale ? [] : answer.rows,
    error: answer.error,
    loading: active && answer.key !== key,
    more: answer.next ? () => setPage({ base, after: answer.next }) : null,
    reload: () => setRound((n) => n + 1),
  };
}
