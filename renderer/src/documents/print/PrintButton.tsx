import PrintIcon from '@mui/icons-material/Print';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useCallback, useRef, useState } from 'react';
import { mayPrint } from '../../../../electron/core/contract/print.contract';
import { useSessionInfo } from '../../app/session-context';
import { printDocument, type DocumentType, type PrintDocumentOutput, type PrintTarget } from './print-api';

type PrintOutcome = { kind: 'printed'; result: PrintDocumentOutput } | { kind: 'failed'; message: string };

interface Props {
  type: DocumentType;
  number: string;
  target?: PrintTarget;
  label?: string;
  disabled?: boolean;
  onPrinted?: (result: PrintDocumentOutput) => void;
}

/**
 * IMPRIMIR: asks the main process to print the document by reference (type and number); it
 * reads the record, renders it, prints it on this workstation and archives its PDF. Shown only
 * to the roles that may print that document (PRINT_ROLES, the core's own table).
 */
export function PrintButton({ type, number, target = 'DOCUMENT', label = 'IMPRIMIR', disabled = false, onPrinted }: Props) {
  const { user } = useSessionInfo();
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  // Kept with the document it is about: a new factura on the same button starts clean.
  const [last, setLast] = useState<{ documentKey: string; outcome: PrintOutcome } | null>(null);
  const documentKey = `${type} ${number}`;

  const print = useCallback(() => {
    // A double click prints once.
    if (running.current) return;
    running.current = true;
    setBusy(true);
    setLast(null);
    void printDocument({ type, number, target }).then((sent) => {
      running.current = false;
      setBusy(false);
      const outcome: PrintOutcome = sent.ok
        ? { kind: 'printed', result: sent.data }
        : { kind: 'failed', message: sent.error.message };
      setLast({ documentKey: `${type} ${number}`, outcome });
      if (sent.ok) onPrinted?.(sent.data);
    });
  }, [type, number, target, onPrinted]);

  if (!mayPrint(type, user.role)) return null;
  const outcome = last?.documentKey === documentKey ? last.outcome : null;
  return (
    <Box>
      <Button variant="contained" startIcon={<PrintIcon />} onClick={print} disabled={disabled || busy}>
        {busy ? 'IMPRIMIENDO…' : label}
      </Button>
      {outcome && <OutcomeAlert outcome={outcome} />}
    </Box>
  );
}

/** What happened, and where the PDF went in the archive's own terms (year/month/type/number). */
function OutcomeAlert({ outcome }: { outcome: PrintOutcome }) {
  const sx = { mt: 1 };
  if (outcome.kind === 'failed') {
    return (
      <Alert severity="error" sx={sx}>
        {outcome.message}
      </Alert>
    );
  }
  const { printer, printerError, printerConfigured, archivePath, reprint } = outcome.result;
  const copy = reprint > 0 ? ` (REIMPRESIÓN ${reprint})` : '';
  // Without a printer, archiving the PDF is all a print does here: that is what happened, not a failure.
  if (!printerConfigured) {
    return (
      <Alert severity="info" sx={sx}>
        Documento{copy} archivado en {archivePath} del archivo de documentos; este equipo no tiene impresora configurada.
      </Alert>
    );
  }
  if (printerError !== null) {
    return (
      <Alert severity="warning" sx={sx}>
        No se pudo imprimir{copy}: {printerError.replace(/\.$/, '')}. El PDF quedó archivado en {archivePath} del archivo de
        documentos; puede reimprimir.
      </Alert>
    );
  }
  return (
    <Alert severity="success" sx={sx}>
      Impreso en {printer || 'la impresora predeterminada'}
      {copy}. PDF archivado en {archivePath} del archivo de documentos.
    </Alert>
  );
}
