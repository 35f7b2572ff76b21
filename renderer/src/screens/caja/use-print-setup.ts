import { useEffect, useState } from 'react';
import { call } from '../../api';

export interface PrintSetup {
  /** This workstation prints on an 80 mm roll: receipts take the roll layout and the receipt printer. */
  roll: boolean;
  ready: boolean;
  error: string | null;
}

/** What every cash-desk print needs to know first: this workstation's paper. */
export function usePrintSetup(): PrintSetup {
  const [setup, setSetup] = useState<PrintSetup>({ roll: false, ready: false, error: null });
  useEffect(() => {
    let live = true;
    void call('printing.config', {}).then((config) => {
      if (!live) return;
      if (!config.ok) return setSetup((s) => ({ ...s, error: config.error.message }));
      setSetup({ roll: config.data.paper === 'ROLLO_80MM', ready: true, error: null });
    });
    return () => {
      live = false;
    };
  }, []);
  return setup;
}
