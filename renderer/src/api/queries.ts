import { QueryClient, keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { call, type ApiError, type Input, type Output, type ProcedureName } from '.';

/** A refused call as TanStack Query sees it: the core's Spanish message and field issues kept. */
export class CallError extends Error {
  constructor(readonly apiError: ApiError) {
    super(apiError.message);
    this.name = 'CallError';
  }
}

/** Read once per session (the company's letterhead): only a mutation of the same area reads it again. */
const SESSION_AREAS: readonly string[] = ['company'];

const areaOf = (name: string) => name.slice(0, name.indexOf('.'));

/**
 * What a successful mutation makes stale. Logging in or out changes no record; a print changes
 * the print history; an import's batches wait for its end; company data is read again only when the company changed; anything else
 * may have moved (a payment changes debts, the bandeja, the informe diario…), so it is read again.
 */
export function invalidatedBy(mutation: ProcedureName, query: string): boolean {
  const changed = areaOf(mutation);
  const read = areaOf(query);
  if (changed === 'auth') return false;
  if (changed === 'print') return read === 'documents';
  // An import writes in many batches: its screen has everything read again once, when it ends.
  if (changed === 'imports') return read === 'imports';
  if (SESSION_AREAS.includes(read)) return read === changed;
  return true;
}

/** Queries (other than the session's own) to read again when a screen is chosen in the menu. */
export const refreshedOnActivation = (query: string): boolean => !SESSION_AREAS.includes(areaOf(query));

/** One cache per session: a new login starts with nothing of the previous user's. */
export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      // Answers come from this computer or the office's server: a refusal is an answer, not a glitch.
      queries: { retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false, staleTime: 0 },
      mutations: { retry: false },
    },
  });
}

interface ProcedureQueryOptions {
  /** How long an answer stays fresh (Infinity: until a mutation of its area). */
  staleTime?: number;
}

/** The query of a procedure: keyed by name and input, its answer or a CallError. */
export function procedureQuery<N extends ProcedureName>(name: N, input: Input<N>, options: ProcedureQueryOptions = {}) {
  return queryOptions({
    queryKey: [name, input] as const,
    queryFn: async (): Promise<Output<N>> => {
      const result = await call(name, input);
      if (!result.ok) throw new CallError(result.error);
      return result.data;
    },
    staleTime: options.staleTime ?? 0,
  });
}

interface UseProcedureOptions extends ProcedureQueryOptions {
  /** Keep showing the previous input's answer while the new one is read (a filter being typed). */
  keepPrevious?: boolean;
  /** Read only while true (a hidden screen, a closed dialog). */
  enabled?: boolean;
}

/**
 * Reads a procedure while `input` is not null. Never throws: `error` holds the core's Spanish
 * message. `reload` reads it again now.
 */
export function useProcedure<N extends ProcedureName>(name: N, input: Input<N> | null, options: UseProcedureOptions = {}) {
  const enabled = input !== null && (options.enabled ?? true);
  const query = useQuery({
    ...procedureQuery(name, input as Input<N>, options),
    enabled,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
  return {
    data: input === null ? null : (query.data ?? null),
    error: query.error ? query.error.message : null,
    loading: enabled && query.isFetching,
    reload: () => void query.refetch(),
  };
}
