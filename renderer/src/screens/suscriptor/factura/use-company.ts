import { useEffect, useState } from 'react';
import { call, type Output } from '../../../api';

export type CompanyProfile = Output<'company.get'>;

/** The company profile printed in every document's header, read once per screen. */
export function useCompany(): { company: CompanyProfile | null; error: string | null } {
  const [state, setState] = useState<{ company: CompanyProfile | null; error: string | null }>({ company: null, error: null });
  useEffect(() => {
    let current = true;
    void call('company.get', {}).then((result) => {
      if (!current) return;
      setState(result.ok ? { company: result.data, error: null } : { company: null, error: result.error.message });
    });
    return () => {
      current = false;
    };
  }, []);
  return state;
}
