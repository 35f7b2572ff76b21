import { useEffect, useState } from 'react';
import { call } from '../../../api';
import type { AgendaDay } from './agenda-text';

interface State {
  key: string;
  day: AgendaDay | null;
  error: string | null;
}

/**
 * The visits of a day, read again when `round` changes (the screen shown again, a visit moved):
 * the agenda fills up while the coordinator looks at it. The last day stays on screen while
 * the next one comes; a late answer to an older request is dropped.
 */
export function useAgendaDay(date: string, round: number, active: boolean) {
  const key = `${date}#${round}`;
  const [state, setState] = useState<State>({ key: '', day: null, error: null });
  useEffect(() => {
    if (!active) return;
    let current = true;
    void call('agenda.day', { date }).then((result) => {
      if (!current) return;
      setState((last) =>
        result.ok ? { key, day: result.data, error: null } : { key, day: last.day, error: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [date, key, active]);
  return { day: state.day, error: state.error, loading: active && state.key !== key };
}
