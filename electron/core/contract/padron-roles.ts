/**
 * Who keeps the padrón: the supervisor de matrícula (SPEC §1), and the administrator, so that an
 * empty office registers its first subscribers. Its own file, as the terceros' contract needs it
 * too (the titular is found or added on the spot) and the padrón's contract reads the terceros'.
 */
export const PADRON_WRITERS = ['SUPERVISOR', 'ADMIN'] as const;
