import { formatInstant } from '../../format/format';
import type { ReactNode } from 'react';
import { DOCUMENT_CODES, reprintLabel } from '../codes';
import { Barcode } from '../layout/Barcode';
import type { Company } from '../layout/DocumentSheet';
import { SignatureBlock, type Signer } from '../layout/SignatureBlock';
import type { DocumentType } from '../../../../electron/core/contract/print.contract';

interface Props {
  company: Company;
  type: DocumentType;
  number: string;
  /** An instant (ISO with time). */
  date: string;
  reprint: number;
  copyLabels: readonly string[];
  /** Printed over the body when the document no longer holds, e.g. ANULADO. */
  stamp?: string;
  signers: readonly Signer[];
  children: ReactNode;
}

/**
 * The same document for an 80 mm receipt printer: one narrow column (72 mm printable), the
 * header stacked, each copy its own page so the printer cuts between them.
 */
export function RollCopies({ company, type, number, date, reprint, copyLabels, stamp, signers, children }: Props) {
  const { title, code, version } = DOCUMENT_CODES[type];
  const contact = [company.address, company.phone && `Tel. ${company.phone}`, company.city].filter(Boolean).join(' · ');
  return (
    <div className="doc doc-roll">
      {copyLabels.map((label) => (
        <section key={label} className="doc-roll-page" aria-label={`${title} ${number} — ${label}`}>
          <div className="doc-roll-copy">
            <span>{label}</span>
            {reprint > 0 && <span className="doc-reprint">{reprintLabel(reprint)}</span>}
          </div>
          <header className="doc-roll-header">
            {company.logo && <img src={company.logo} alt={`Logo de ${company.name}`} />}
            <div className="doc-company-name">{company.name}</div>
            <div>NIT {company.nit}</div>
            {contact && <div>{contact}</div>}
            <div className="doc-roll-title">{title}</div>
            <div className="doc-roll-code">
              {code} · Versión {version}
            </div>
            <div className="doc-roll-number">{number}</div>
            <div>{formatInstant(date)}</div>
          </header>
          {stamp && <div className="doc-roll-stamp">{stamp}</div>}
          <div className="doc-roll-body">{children}</div>
          <Barcode value={number} />
          <div className="doc-roll-signatures">
            {signers.map((signer) => (
              <SignatureBlock key={signer.role} {...signer} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

/** Label and value on one line of the roll, the value to the right. */
export function RollLine({ label, children, strong = false }: { label: string; children: ReactNode; strong?: boolean }) {
  return (
    <div className={strong ? 'doc-roll-line doc-roll-line--strong' : 'doc-roll-line'}>
      <span>{label}</span>
      <span>{children}</span>
    </div>
  );
}
