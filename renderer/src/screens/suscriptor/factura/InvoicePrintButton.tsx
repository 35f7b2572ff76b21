import { FacturaDocument, PrintButton, VoidNoticeDocument } from '../../../documents';
import type { InvoiceView } from './invoice-draft';
import type { CompanyProfile } from './use-company';

interface Props {
  invoice: InvoiceView;
  company: CompanyProfile | null;
  /** The notice of its void (same number), signed by `voidedByDocument`'s supervisor. */
  notice?: { voidedByDocument: string };
  label?: string;
}

/** IMPRIMIR of a factura, or of its void notice: two labelled copies in one job. */
export function InvoicePrintButton({ invoice, company, notice, label }: Props) {
  return (
    <PrintButton
      type={notice ? 'ANULACION_FACTURA' : 'FACTURA'}
      number={invoice.number}
      label={label ?? (notice ? 'IMPRIMIR ANULACIÓN' : 'IMPRIMIR')}
      disabled={company === null}
      render={(reprint) =>
        company &&
        (notice ? (
          <VoidNoticeDocument invoice={invoice} company={company} reprint={reprint} voidedByDocument={notice.voidedByDocument} />
        ) : (
          <FacturaDocument invoice={invoice} company={company} reprint={reprint} />
        ))
      }
    />
  );
}
