import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useReadAgain } from '../api/read-again';
import './documents.css';
import { documentQuery } from './print/document-query';
import type { DocumentType } from './print/print-api';
import { renderDocument } from './registry';

interface Props {
  type: DocumentType;
  number: string;
  /** Accessible name of the preview, e.g. "Vista previa del oficio". */
  label?: string;
  maxHeight?: number | string;
  /** Changes after each print: the preview reads the document again (its next copy is a reprint). */
  version?: number;
}

/**
 * The document at screen scale, each copy as a sheet, as its next print will come out: the
 * same record (documents.get) and the same component the print service renders.
 */
export function DocumentPreview({ type, number, label = 'Vista previa del documento', maxHeight = '70vh', version = 0 }: Props) {
  const { data: doc, error } = useQuery(documentQuery({ type, number }));
  const readAgain = useReadAgain();
  // A print already marks the document stale; a caller's own count of prints asks for it too.
  useEffect(() => {
    if (version > 0) readAgain('documents.get');
  }, [version, readAgain]);

  return (
    <Paper
      variant="outlined"
      role="region"
      aria-label={label}
      className="doc-preview"
      sx={{ bgcolor: '#e9ecef', p: 2, overflow: 'auto', maxHeight }}
    >
      {!doc && !error && <LinearProgress aria-label="Cargando el documento" />}
      {error && <Alert severity="error">{error.message}</Alert>}
      {doc && renderDocument(doc, doc.prints)}
    </Paper>
  );
}
