import { useEffect, useState } from 'react';
import { call } from '../../api';
import type { Company } from '../../documents';

export interface PrintSetup {
  company: Company | null;
  /** This workstation prints on an 80 mm roll: receipts take the roll layout and the receipt printer. */
  roll: boolean;
  ready: boolean;
  error: string | null;
}

/** What every cash-desk print needs: the company's header and this workstation's paper. */
export function usePrintSetup(): PrintSetup {
  const [setup, setSetup] = useState<PrintSetup>({ company: null, roll: false, ready: false, error: null });
  useEffect(() => {
    let live = true;
    void Promise.all([call('company.get', {}), call('printing.config', {})]).then(([company, config]) => {
      if (!live) return;
      if (!company.ok) return setSetup((s) => ({ ...s, error: company.error.message }));
      if (!config.ok) return setSetup((s) => ({ ...s, error: config.error.message }));
      setSetup({ company: company.data, roll: config.data.paper === 'ROLLO_80MM', ready: true, error: null });
    });
    return () => {
      live = false;
    };
  }, []);
  return setup;
}
