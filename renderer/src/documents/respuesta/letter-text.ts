import type { ResponseLetterView } from '../../../../electron/core/contract/responses.contract';
import { formatLetterDate } from '../../format/format';

export type ResponseLetter = ResponseLetterView;

/** The heading line of a letter: "Florencia, Caquetá, 23 de noviembre de 2026". */
export const placeAndDate = (city: string, civil: string): string => [city, formatLetterDate(civil)].filter(Boolean).join(', ');

/** The Coordinador de PQR signs the response (seed 002 step 16). */
export const coordinatorSigner = (letter: Pick<ResponseLetter, 'signer'>) => ({
  name: letter.signer.fullName,
  document: letter.signer.documentNumber,
  role: 'Coordinador(a) de PQR',
});

/** The support copy comes back signed by whoever received the letter. */
export const RECEIVED_SIGNER = { name: '', document: '', role: 'Recibí — Fecha: ____ / ____ / ________' } as const;
