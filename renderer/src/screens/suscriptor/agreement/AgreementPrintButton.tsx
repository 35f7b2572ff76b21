import type { Output } from '../../../api';
import type { PartyRow } from '../../../components/party/party-draft';
import { AgreementDocument, PrintButton, type AgreementSubscriber } from '../../../documents';
import type { CompanyProfile } from '../factura/use-company';

interface Props {
  agreement: Output<'agreements.get'>;
  subscriber: AgreementSubscriber;
  party: PartyRow;
  /** Who signs for the office: the factura's asesor, or the one who just saved the agreement. */
  asesor: { fullName: string; documentNumber: string };
  company: CompanyProfile | null;
  label?: string;
}

/** IMPRIMIR of a payment agreement, for the user's and the asesor's signatures. */
export function AgreementPrintButton({ agreement, subscriber, party, asesor, company, label = 'IMPRIMIR' }: Props) {
  return (
    <PrintButton
      type="ACUERDO"
      number={agreement.number}
      label={label}
      disabled={company === null}
      render={(reprint) =>
        company && (
          <AgreementDocument
            agreement={agreement}
            subscriber={subscriber}
            party={party}
            asesor={asesor}
            company={company}
            reprint={reprint}
          />
        )
      }
    />
  );
}
