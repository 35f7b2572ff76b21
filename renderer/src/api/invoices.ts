import { procedureQuery } from './queries';

export const invoiceQueries = {
  /** A factura as saved, with its void and agreement. */
  get: (number: string) => procedureQuery('invoices.get', { number }),
  /** The subscriber view's facturas: fresh as the view is (see subscriberQueries). */
  bySubscriber: (code: string) => procedureQuery('invoices.bySubscriber', { code }, { staleTime: Infinity }),
};
