import { PrintButton, SolicitudTramiteDocument, type PqrRequest } from '../../../documents';
import type { CompanyProfile } from '../../suscriptor/factura/use-company';

/** IMPRIMIR the solicitud de trámite con radicado: two labelled copies in one job. */
export function SolicitudPrintButton({
  request,
  company,
  label = 'IMPRIMIR',
}: {
  request: PqrRequest;
  company: CompanyProfile | null;
  label?: string;
}) {
  return (
    <PrintButton
      type="SOLICITUD_TRAMITE"
      number={request.filingNumber}
      label={label}
      disabled={company === null}
      render={(reprint) => company && <SolicitudTramiteDocument request={request} company={company} reprint={reprint} />}
    />
  );
}
