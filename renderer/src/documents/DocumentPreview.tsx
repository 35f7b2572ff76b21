import Alert from '@mui/material/Alert';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import { useEffect, useState } from 'react';
import './documents.css';
import { loadDocument, type DocumentType, type DocumentView } from './print/print-api';
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

type Loaded = { key: string; doc: DocumentView | null; error: string | null };

/**
 * The document at screen scale, each copy as a sheet, as its next print will come out: the
 * same record (documents.get) and the same component the print service renders.
 */
export function DocumentPreview({ type, number, label = 'Vista previa del documento', maxHeight = '70vh', version = 0 }: Props) {
  const key = `${type} ${number} ${version}`;
  const [loaded, setLoaded] = useState<Loaded>({ key: '', doc: null, error: null });
  useEffect(() => {
    let current = true;
    void loadDocument({ type, number }).then((result) => {
      if (!current) return;
      setLoaded(result.ok ? { key, doc: result.data, error: null } : { key, doc: null, error: result.error.message });
    });
    return () => {
      current = false;
    };
  }, [type, number, key]);

  const fresh = loaded.key === key ? loaded : null;
  return (
    <Paper
      variant="outlined"
      role="region"
      aria-label={label}
      className="doc-preview"
      sx={{ bgcolor: '#e9ecef', p: 2, overflow: 'auto', maxHeight }}
    >
      {!fresh && <LinearProgress aria-label="Cargando el documento" />}
      {fresh?.error && <Alert severity="error">{fresh.error}</Alert>}
      {fresh?.doc && renderDocument(fresh.doc, fresh.doc.prints)}
    </Paper>
  );
}
