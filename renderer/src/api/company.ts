import { type Output } from '.';
import { procedureQuery, useProcedure } from './queries';

export type CompanyProfile = Output<'company.get'>;

/** The company profile of every document's header: read once per session, again only after it changes. */
export const companyQuery = () => procedureQuery('company.get', {}, { staleTime: Infinity });

export function useCompany(): { company: CompanyProfile | null; error: string | null } {
  const { data, error } = useProcedure('company.get', {}, { staleTime: Infinity });
  return { company: data, error };
}
