import type { Output } from '.';

/** A radicated trámite as the bandeja, its dialog and the subscriber's panel show it. */
export type PqrView = Output<'pqr.get'>;
