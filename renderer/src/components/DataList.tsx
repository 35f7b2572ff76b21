import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/** Label/value pairs in two aligned columns, as a definition list. */
export function DataList({ items }: { items: readonly (readonly [string, ReactNode])[] }) {
  return (
    <Box
      component="dl"
      sx={{ m: 0, display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 1.5, rowGap: 0.25, fontSize: '0.8rem' }}
    >
      {items.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Box component="dt" sx={{ color: 'text.secondary' }}>
            {label}
          </Box>
          <Box component="dd" sx={{ m: 0, fontWeight: 500, minWidth: 0, overflowWrap: 'anywhere' }}>
            {value === '' || value === null ? '—' : value}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
