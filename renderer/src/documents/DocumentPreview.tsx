import Paper from '@mui/material/Paper';
import type { ReactNode } from 'react';
import './styles';

interface Props {
  /** A document component (both copies) as it will print. */
  children: ReactNode;
  /** Accessible name of the preview, e.g. "Vista previa de la factura". */
  label?: string;
  maxHeight?: number | string;
}

/** The document at screen scale, each copy as a sheet, before IMPRIMIR. */
export function DocumentPreview({ children, label = 'Vista previa del documento', maxHeight = '70vh' }: Props) {
  return (
    <Paper
      variant="outlined"
      role="region"
      aria-label={label}
      className="doc-preview"
      sx={{ bgcolor: '#e9ecef', p: 2, overflow: 'auto', maxHeight }}
    >
      {children}
    </Paper>
  );
}
