import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { Panel } from './Panel';

/** A numbered step of a counter form, in the order the procedure gives (seed 001, 002). */
export function FormStep({ n, title, action, children }: { n: number; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Panel title={`${n}. ${title}`} action={action}>
      {children}
    </Panel>
  );
}

/** The bar under a long form that keeps GUARDAR (and a total) in view while scrolling. */
export function StickyActions({ children }: { children: ReactNode }) {
  return (
    <Box
      sx={{
        position: 'sticky',
        bottom: -12,
        zIndex: 2,
        display: 'flex',
        alignItems: 'center',
        gap: 2,
        justifyContent: 'flex-end',
        py: 1,
        bgcolor: 'background.default',
        borderTop: 1,
        borderColor: 'divider',
      }}
    >
      {children}
    </Box>
  );
}
