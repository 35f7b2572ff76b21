import { PrintButton } from '../documents';

interface Props {
  number: string;
  /** The notice of its void (same number) instead of the factura. */
  notice?: boolean;
  label?: string;
}

/** IMPRIMIR of a factura, or of its void notice: two labelled copies in one job. */
export function InvoicePrintButton({ number, notice = false, label }: Props) {
  return (
    <PrintButton
      type={notice ? 'ANULACION_FACTURA' : 'FACTURA'}
      number={number}
      label={label ?? (notice ? 'IMPRIMIR ANULACIÓN' : 'IMPRIMIR')}
    />
  );
}
