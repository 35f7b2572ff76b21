import { useEffect, useState } from 'react';
import { call, type Input, type Output, type ProcedureName } from '../../../api';

interface Answer<T> {
  key: string;
  data: T | null;
  error: string | null;
}

/**
 * A query of the core read while `enabled`, again when its input changes, the screen is shown
 * again (`activation`) or `reload` is called. Never throws: `error` holds the Spanish message.
 */
export function useProcedure<N extends ProcedureName>(name: N, input: Input<N> | null, activation = 0) {
  const [round, setRound] = useState(0);
  const key = input === null ? '' : `${name}|${JSON.stringify(input)}|${activation}|${round}`;
  const [answer, setAnswer] = useState<Answer<Output<N>>>({ key: '', data: null, error: null });

  useEffect(() => {
    if (input === null) return;
    let current = true;
    void call(name, input).then((result) => {
      if (!current) return;
      setAnswer(result.ok ? { key, data: result.data, error: null } : { key, data: null, error: result.error.message });
    });
    return () => {
      current = false;
    };
    // `key` stands for the input's content.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const fresh = answer.key === key;
  return {
    data: input === null ? null : answer.data,
    error: fresh ? answer.error : null,
    loading: input !== null && !fresh,
    reload: () => setRound((n) => n + 1),
  };
}
