import type { Output } from '.';
import { useProcedure } from './queries';

export type PadronOptions = Output<'padron.options'>;
export type PadronHistoryData = Output<'padron.history'>;

/**
 * The matrícula form's lists (zonas, rutas, servicios) and the código's length, for the roles
 * that may read them; read while `active`, kept while the screen is hidden.
 */
export const usePadronOptions = (allowed: boolean, active: boolean) =>
  useProcedure('padron.options', allowed ? {} : null, { enabled: active });

/** A subscriber's edits, lifecycle moves and titulares; read again after any change. */
export const usePadronHistory = (code: string) => useProcedure('padron.history', { code });
