import type { DocumentType } from '../../../../db/schema/enums';
import type { Input, Output } from '../../api';

export type PartyRow = Output<'parties.create'>;
export type PartyInput = Input<'parties.create'>;

/** The tercero form as typed: every field a string, the date "" until chosen. */
export interface PartyDraft {
  documentType: DocumentType;
  documentNumber: string;
  names: string;
  surnames: string;
  mobile: string;
  email: string;
  address: string;
  emailConsent: boolean;
  emailConsentDate: string;
}

export const PARTY_FIELDS = [
  'documentType',
  'documentNumber',
  'names',
  'surnames',
  'mobile',
  'email',
  'address',
  'emailConsent',
  'emailConsentDate',
] as const satisfies readonly (keyof PartyDraft)[];

export function emptyDraft(documentNumber = ''): PartyDraft {
  return {
    documentType: 'CC',
    documentNumber,
    names: '',
    surnames: '',
    mobile: '',
    email: '',
    address: '',
    emailConsent: false,
    emailConsentDate: '',
  };
}

/** Only the form's fields: the strict schema refuses the row's id and fullName. */
export function draftOf(p: PartyRow): PartyDraft {
  const { documentType, documentNumber, names, surnames, mobile, email, address, emailConsent } = p;
  return {
    documentType,
    documentNumber,
    names,
    surnames,
    mobile,
    email,
    address,
    emailConsent,
    emailConsentDate: p.emailConsentDate ?? '',
  };
}

/** What the procedure receives; the date only travels with the consent. */
export function inputOf(d: PartyDraft): PartyInput {
  return { ...d, emailConsentDate: d.emailConsent && d.emailConsentDate ? d.emailConsentDate : null };
}
