import { procedureQuery } from './queries';

export const partyQueries = {
  /** Terceros by document number (cédula or NIT). */
  byDocument: (documentNumber: string) => procedureQuery('parties.byDocument', { documentNumber }),
};
