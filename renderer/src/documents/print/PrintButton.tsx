import PrintIcon from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { ReactNode } from 'react';
import { createPortal } from 'react-dom';
import type { DocumentType, PrintDocumentOutput, PrintTarget } from './print-api';
import { usePrintDocument, type PrintOutcome } from './usePrintDocument';

interface Props {
  type: DocumentType;
  number: string;
  target?: PrintTarget;
  label?: string;
  /** The document as it prints for that reprint number (0 = first print). */
  render: (reprint: number) => ReactNode;
  disabled?: boolean;
  onPrinted?: (result: PrintDocumentOutput) => void;
}

/** IMPRIMIR: prints the document on this workstation's printer and archives its PDF. */
export function PrintButton({
  type,
  number,
  target = 'DOCUMENT',
  label = 'IMPRIMIR',
  render,
  disabled = false,
  onPrinted,
}: Props) {
  const { print, busy, outcome, rendering, contentRef } = usePrintDocument({ type, number, target, onPrinted });
  return (
    <Box>
      <Button variant="contained" startIcon={<PrintIcon />} onClick={print} disabled={disabled || busy}>
        {busy ? 'IMPRIMIENDO…' : label}
      </Button>
      {outcome && <OutcomeAlert outcome={outcome} />}
      {rendering !== null &&
        createPortal(
          <div className="doc-offscreen" aria-hidden="true">
            <div ref={contentRef}>{render(rendering)}</div>
          </div>,
          document.body,
        )}
    </Box>
  );
}

function OutcomeAlert({ outcome }: { outcome: PrintOutcome }) {
  const sx = { mt: 1 };
  if (outcome.kind === 'failed') {
    return (
      <Alert severity="error" sx={sx}>
        {outcome.message}
      </Alert>
    );
  }
  const { printed, printer, printerError, archivePath, reprint } = outcome.result;
  const copy = reprint > 0 ? ` (REIMPRESIÓN ${reprint})` : '';
  if (printerError !== null) {
    return (
      <Alert severity="warning" sx={sx}>
        No se pudo imprimir{copy}: {printerError.replace(/\.$/, '')}. El PDF quedó archivado en {archivePath}; puede reimprimir.
      </Alert>
    );
  }
  if (!printed) {
    return (
      <Alert severity="info" sx={sx}>
        PDF archivado en {archivePath}
        {copy}. En modo navegador no se envía a la impresora: ábralo desde el archivo para imprimirlo.
      </Alert>
    );
  }
  return (
    <Alert severity="success" sx={sx}>
      Impreso en {printer || 'la impresora predeterminada'}
      {copy}. PDF archivado en {archivePath}
    </Alert>
  );
}
