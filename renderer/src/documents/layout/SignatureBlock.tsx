import type { DocumentType as PartyDocumentType } from '../../../../db/schema/enums';

export interface Signer {
  name: string;
  /** '' leaves a blank to fill in by hand. */
  document: string;
  documentType?: PartyDocumentType;
  /** Caption under the name: "Asesor(a) de atención al usuario", "Usuario", … */
  role: string;
}

const DOCUMENT_ABBREVIATIONS: Record<PartyDocumentType, string> = {
  CC: 'C.C.',
  CE: 'C.E.',
  NIT: 'NIT',
  TI: 'T.I.',
  PAS: 'Pasaporte',
  PPT: 'PPT',
};

export const identification = (documentType: PartyDocumentType, document: string): string =>
  `${DOCUMENT_ABBREVIATIONS[documentType]} ${document}`;

/** A line to sign on, with the name and identification printed under it. */
export function SignatureBlock({ name, document, documentType = 'CC', role }: Signer) {
  return (
    <div className="doc-signature">
      <div className="doc-signature-line" />
      <div className="doc-signature-name">{name || ' '}</div>
      <div className="doc-signature-id">{identification(documentType, document || '____________________')}</div>
      <div className="doc-signature-role">{role}</div>
    </div>
  );
}
