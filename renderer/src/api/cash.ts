import { procedureQuery } from './queries';

/** CAJA's reads: the cashier's session, its receipts, and the corte of a session counted. */
export const cashQueries = {
  current: () => procedureQuery('cash.current', {}),
  receipts: () => procedureQuery('cash.receipts', {}),
  closeReport: (sessionId: number) => procedureQuery('cash.closeReport', { sessionId }),
};
