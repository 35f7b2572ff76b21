import { useEffect, useState } from 'react';
import { call, type Input, type Output } from '../../api';

type ReportName = 'reports.daily' | 'reports.dashboard';

export interface ReportState<N extends ReportName> {
  data: Output<N> | null;
  /** When the data shown was read: the report's "generado el". */
  loadedAt: string | null;
  error: string | null;
  loading: boolean;
}

interface Answer<N extends ReportName> {
  /** The request it answers: date and round. */
  key: string;
  data: Output<N> | null;
  loadedAt: string | null;
  error: string | null;
}

/**
 * A report of a date, read again whenever `round` changes (CONSULTAR, the screen shown again):
 * the day goes on while a supervisor looks at it. The last answer stays on screen while the
 * next one comes, and a late answer to a request no longer current is dropped.
 */
export function useReport<N extends ReportName>(name: N, date: string, round: number, active: boolean): ReportState<N> {
  const key = `${date}#${round}`;
  const [answer, setAnswer] = useState<Answer<N>>({ key: '', data: null, loadedAt: null, error: null });

  useEffect(() => {
    if (!active) return;
    let current = true;
    void call(name, { date } as Input<N>).then((result) => {
      if (!current) return;
      setAnswer((last) =>
        result.ok
          ? { key, data: result.data as Output<N>, loadedAt: new Date().toISOString(), error: null }
          : { ...last, key, error: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [name, date, key, active]);

  const { data, loadedAt, error } = answer;
  return { data, loadedAt, error, loading: active && answer.key !== key };
}
