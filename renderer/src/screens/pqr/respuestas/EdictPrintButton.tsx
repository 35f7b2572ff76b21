import { EdictDocument, PrintButton, type Edict } from '../../../documents';
import type { CompanyProfile } from '../../suscriptor/factura/use-company';

/** IMPRIMIR the edicto for the main office board. */
export function EdictPrintButton({ edict, company, label }: { edict: Edict; company: CompanyProfile | null; label?: string }) {
  return (
    <PrintButton
      type="EDICTO"
      number={edict.edict.number ?? ''}
      label={label}
      disabled={company === null}
      render={(reprint) => company && <EdictDocument edict={edict} company={company} reprint={reprint} />}
    />
  );
}
