import { procedureQuery } from './queries';

export const couponQueries = {
  /**
   * What a subscriber owes, for ABONO: read anew when the asesor opens the subscriber
   * (`{ ...query, staleTime: 0 }`), then kept while the form is on screen until a change.
   */
  owed: (code: string) => procedureQuery('coupons.owed', { code }, { staleTime: Infinity }),
};
