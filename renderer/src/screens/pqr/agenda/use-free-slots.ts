import { useEffect, useState } from 'react';
import { call } from '../../../api';
import type { FreeSlots } from './agenda-text';

interface State {
  /** The request it answers. */
  key: string;
  slots: FreeSlots | null;
  error: string | null;
}

/**
 * The agenda's places from a day on, read again when `refresh` changes (another asesor may
 * have taken a place meanwhile). A late answer to an older request is dropped.
 */
export function useFreeSlots(from: string, refresh: number) {
  const key = `${from}#${refresh}`;
  const [state, setState] = useState<State>({ key: '', slots: null, error: null });
  useEffect(() => {
    let current = true;
    void call('agenda.freeSlots', { from }).then((result) => {
      if (!current) return;
      setState(result.ok ? { key, slots: result.data, error: null } : { key, slots: null, error: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [from, key]);
  return { slots: state.slots, error: state.error, loading: state.key !== key };
}
