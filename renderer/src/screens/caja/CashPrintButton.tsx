import { PrintButton, type Receipt } from '../../documents';
import { AutoPrint } from './AutoPrint';
import type { PrintSetup } from './use-print-setup';

interface Props {
  receipt: Receipt;
  setup: PrintSetup;
  /** RECIBO: the receipt; ANULACION_RECIBO: its void receipt (numbered ANR-…). */
  type: 'RECIBO' | 'ANULACION_RECIBO';
  label?: string;
  /** Print as soon as it can, as a cash register does after REGISTRAR (once per mount). */
  auto?: boolean;
  onPrinted?: () => void;
}

/**
 * IMPRIMIR of a receipt or of its void: on a roll workstation the 80 mm layout goes to the
 * receipt printer, otherwise the Letter layout to the document printer.
 */
export function CashPrintButton({ receipt, setup, type, label, auto = false, onPrinted }: Props) {
  const { roll, ready } = setup;
  const number = type === 'RECIBO' ? receipt.number : (receipt.void?.number ?? '');

  return (
    <AutoPrint when={auto && ready}>
      <PrintButton
        type={type}
        number={number}
        target={roll ? 'RECEIPT' : 'DOCUMENT'}
        label={label}
        disabled={!ready || number === ''}
        onPrinted={onPrinted}
      />
    </AutoPrint>
  );
}
