import type { Output } from '.';
import { procedureQuery } from './queries';

/** A subscriber as a search lists it. */
export type SubscriberSummary = Output<'subscribers.byCode'>;
/** What SUSCRIPTOR shows of a subscriber, and what FACTURA, TRÁMITE and ABONO open with the código. */
export type SubscriberView = Output<'subscribers.view'>;

/** How many matches the counter's type-ahead lists. */
export const SEARCH_LIMIT = 20;

/**
 * The subscriber's reads. What the subscriber view shows stays fresh (no new read when a panel
 * mounts) until a change marks it stale, the menu shows the screen again, or the asesor opens
 * the subscriber again (which reads it anew: `{ ...query, staleTime: 0 }`).
 */
export const subscriberQueries = {
  /** Código + Enter: who it is, or the core's "no existe". */
  byCode: (code: string) => procedureQuery('subscribers.byCode', { code }),
  /** Type-ahead by name, cédula, address or código. */
  search: (q: string, limit = SEARCH_LIMIT) => procedureQuery('subscribers.search', { q, limit }),
  view: (code: string) => procedureQuery('subscribers.view', { code }, { staleTime: Infinity }),
  /** The subscriber's trámites (PQR), for the subscriber view. */
  tramites: (code: string) => procedureQuery('pqr.bySubscriber', { code }, { staleTime: Infinity }),
};
