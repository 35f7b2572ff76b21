import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { mutates } from '../../../electron/core/contract/may';
import { onAnswered } from '../api/client';
import { invalidatedBy, newQueryClient } from '../api/queries';

/**
 * The server state of one session: a fresh cache at each login (nothing of the previous user's
 * answers survives), and every successful mutation marks stale what it may have changed,
 * whichever screen made it.
 */
export function SessionQueries({ sessionId, children }: { sessionId: string | null; children: ReactNode }) {
  // A new session is a new cache.
  const [cache, setCache] = useState(() => ({ sessionId, client: newQueryClient() }));
  if (cache.sessionId !== sessionId) setCache({ sessionId, client: newQueryClient() });
  const client = cache.client;
  useEffect(
    () =>
      onAnswered((name) => {
        if (mutates(name))
          void client.invalidateQueries({ predicate: (query) => invalidatedBy(name, String(query.queryKey[0])) });
      }),
    [client],
  );
  useEffect(() => () => client.clear(), [client]);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
