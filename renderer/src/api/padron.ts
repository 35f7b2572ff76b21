import type { Output } from '.';
import { procedureQuery, useProcedure } from './queries';

export type PadronOptions = Output<'padron.options'>;
export type PadronHistoryData = Output<'padron.history'>;
/** A subscriber as the padrón keeps it (predio, services, meter, titular); no account. */
export type PadronSubscriber = Output<'padron.subscriber'>;

/**
 * A subscriber opened on the padrón stays fresh until a change marks it stale (every padrón
 * change does) or the código is entered again, which reads it anew (`{ ...query, staleTime: 0 }`).
 */
export const padronQueries = {
  subscriber: (code: string) => procedureQuery('padron.subscriber', { code }, { staleTime: Infinity }),
};

/** The subscriber opened on the padrón, as `padronQueries.subscriber` keeps it; nothing while null. */
export const usePadronSubscriber = (code: string | null) =>
  useProcedure('padron.subscriber', code === null ? null : { code }, { staleTime: Infinity });

/**
 * The matrícula form's lists (zonas, rutas, servicios) and the código's length, for the roles
 * that may read them; read while `active`, kept while the screen is hidden.
 */
export const usePadronOptions = (allowed: boolean, active: boolean) =>
  useProcedure('padron.options', allowed ? {} : null, { enabled: active });

/** A subscriber's edits, lifecycle moves and titulares; read again after any change. */
export const usePadronHistory = (code: string) => useProcedure('padron.history', { code });
