import type { PartyRow } from '../../../electron/core/contract/parties.contract';
import type { Signer } from './layout/SignatureBlock';

/** Who signs for the office and who for the user, with the captions every document uses. */
export const asesorSigner = (asesor: { fullName: string; documentNumber: string }): Signer => ({
  name: asesor.fullName,
  document: asesor.documentNumber,
  role: 'Asesor(a) de atención al usuario',
});

export type PartyIdentity = Pick<PartyRow, 'fullName' | 'documentType' | 'documentNumber'>;

export const userSigner = (party: PartyIdentity): Signer => ({
  name: party.fullName,
  document: party.documentNumber,
  documentType: party.documentType,
  role: 'Usuario',
});
