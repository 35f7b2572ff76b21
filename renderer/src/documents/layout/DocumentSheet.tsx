import type { ReactNode } from 'react';
import type { Output } from '../../../../electron/core/contract';
import { formatDate, formatInstant } from '../../format/format';
import { DOCUMENT_CODES, reprintLabel } from '../codes';
import type { DocumentType } from '../../../../electron/core/contract/print.contract';
import { Barcode } from './Barcode';

export type Company = Output<'company.get'>;

export interface SheetProps {
  company: Company;
  type: DocumentType;
  number: string;
  /** The document's date: an instant (ISO with time) or a civil date (YYYY-MM-DD). */
  date: string;
  reprint: number;
  /** A big mark over the body, e.g. ANULADA. */
  stamp?: string;
}

interface Props extends SheetProps {
  copyLabel: string;
  signatures: ReactNode;
  children: ReactNode;
}

const documentDate = (date: string) => (date.includes('T') ? formatInstant(date) : formatDate(date));

/** One printed page: the header band of the office's records, the body, the signatures. */
export function DocumentSheet({ company, type, number, date, reprint, stamp, copyLabel, signatures, children }: Props) {
  const { title, code, version } = DOCUMENT_CODES[type];
  const contact = [company.address, company.phone && `Tel. ${company.phone}`, company.city].filter(Boolean).join(' · ');
  return (
    <section className="doc-page" aria-label={`${title} ${number} — ${copyLabel}`}>
      <div className="doc-copy-bar">
        <span className="doc-copy-label">{copyLabel}</span>
        {reprint > 0 && <span className="doc-reprint">{reprintLabel(reprint)}</span>}
      </div>
      <header className={company.logo ? 'doc-header' : 'doc-header doc-header--no-logo'}>
        {company.logo && (
          <div className="doc-header-logo">
            <img src={company.logo} alt={`Logo de ${company.name}`} />
          </div>
        )}
        <div className="doc-header-company">
          <div className="doc-company-name">{company.name}</div>
          <div>NIT {company.nit}</div>
          {contact && <div>{contact}</div>}
          <div className="doc-title">{title}</div>
        </div>
        <div className="doc-header-id">
          <table>
            <tbody>
              <tr>
                <th>Código</th>
                <td>{code}</td>
              </tr>
              <tr>
                <th>Versión</th>
                <td>{version}</td>
              </tr>
              <tr>
                <th>Número</th>
                <td className="doc-number">{number}</td>
              </tr>
              <tr>
                <th>Fecha</th>
                <td>{documentDate(date)}</td>
              </tr>
            </tbody>
          </table>
          <Barcode value={number} />
        </div>
      </header>
      <div className="doc-body">
        {stamp && <div className="doc-stamp">{stamp}</div>}
        {children}
      </div>
      <div className="doc-signatures">{signatures}</div>
      <footer className="doc-footer">
        <span>
          {title} {number}
        </span>
        <span>{copyLabel}</span>
      </footer>
    </section>
  );
}
