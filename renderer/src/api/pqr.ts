import { infiniteQueryOptions } from '@tanstack/react-query';
import { call, type Input, type Output } from '.';
import { CallError, procedureQuery } from './queries';

/** A radicated trámite as the bandeja, its dialog and the subscriber's panel show it. */
export type PqrView = Output<'pqr.get'>;
export type PqrCatalog = Output<'pqr.catalog'>;
export type BandejaRow = Output<'pqr.list'>['rows'][number];

export type RequirementFacts = Input<'pqr.requirements'>;
export type RequirementItem = Output<'pqr.requirements'>[number];

/** What a bandeja is asked for: which one and its filters; the pages come with "Cargar más". */
export type BandejaQuery = Omit<Input<'pqr.list'>, 'after' | 'limit'>;

const PAGE = 50;

/** PQR's reads: the catalogs of TRÁMITE, one trámite, its payment gate, its checklist and the bandejas. */
export const pqrQueries = {
  /** Zones, channels, request types and causals (ADMINISTRACIÓN may change a causal). */
  catalog: () => procedureQuery('pqr.catalog', {}),
  get: (filingNumber: string) => procedureQuery('pqr.get', { filingNumber }),
  /** Seed 001's payment gate: what the system finds paid for the causal's product. */
  gate: (subscriberCode: string, causeId: number) => procedureQuery('pqr.gate', { subscriberCode, causeId }),
  /** Seed 004's checklist: what the user must bring for a tipo and causal, by who asks. */
  requirements: (facts: RequirementFacts) => procedureQuery('pqr.requirements', facts),
  /** A bandeja, 50 rows a page (keyset): the next page continues after the last row read. */
  bandeja: (filters: BandejaQuery) =>
    infiniteQueryOptions({
      queryKey: ['pqr.list', filters, 'pages'] as const,
      queryFn: async ({ pageParam }) => {
        const result = await call('pqr.list', { ...filters, ...(pageParam ? { after: pageParam } : {}), limit: PAGE });
        if (!result.ok) throw new CallError(result.error);
        return result.data;
      },
      initialPageParam: null as Output<'pqr.list'>['next'],
      getNextPageParam: (last) => last.next,
    }),
};
