import { PrintButton, ResponseLetterDocument, type ResponseLetter } from '../../../documents';
import type { CompanyProfile } from '../../suscriptor/factura/use-company';

/** IMPRIMIR the oficio de respuesta: original for the user, support copy with the Recibí. */
export function ResponsePrintButton({
  letter,
  company,
  label,
}: {
  letter: ResponseLetter;
  company: CompanyProfile | null;
  label?: string;
}) {
  return (
    <PrintButton
      type="RESPUESTA"
      number={letter.number}
      label={label}
      disabled={company === null}
      render={(reprint) => company && <ResponseLetterDocument letter={letter} company={company} reprint={reprint} />}
    />
  );
}
