import type { Input } from '.';
import { procedureQuery } from './queries';

export const agreementQueries = {
  /** How much an arreglo de deuda would finance (the core's one rule). */
  debtOf: (code: string) => procedureQuery('agreements.debtOf', { code }),
  /** The payment schedule the core computes for terms as typed. */
  preview: (input: Input<'agreements.preview'>) => procedureQuery('agreements.preview', input),
};
