import Box from '@mui/material/Box';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * Presses the IMPRIMIR inside it once, as soon as it is enabled: a cash register prints the
 * receipt after REGISTRAR without being asked. The PrintButton still owns the job and its
 * outcome, and stays there for a reprint.
 */
export function AutoPrint({ when, children }: { when: boolean; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const started = useRef(false);
  useEffect(() => {
    if (!when || started.current) return;
    const button = box.current?.querySelector<HTMLButtonElement>('button:not(:disabled)');
    if (!button) return;
    started.current = true;
    button.click();
  }, [when]);
  return <Box ref={box}>{children}</Box>;
}
