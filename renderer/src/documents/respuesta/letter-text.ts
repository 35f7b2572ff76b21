import type { ResponseLetterView } from '../../../../electron/core/contract/responses.contract';

export type ResponseLetter = ResponseLetterView;

const letterDay = new Intl.DateTimeFormat('es-CO', { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' });
/** A civil date as a letter says it: "23 de noviembre de 2026". */
export function letterDate(civil: string): string {
  const d = new Date(`${civil.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? civil : letterDay.format(d);
}

/** The heading line of a letter: "Florencia, Caquetá, 23 de noviembre de 2026". */
export const placeAndDate = (city: string, civil: string): string => [city, letterDate(civil)].filter(Boolean).join(', ');

/** The Coordinador de PQR signs the response (seed 002 step 16). */
export const coordinatorSigner = (letter: Pick<ResponseLetter, 'signer'>) => ({
  name: letter.signer.fullName,
  document: letter.signer.documentNumber,
  role: 'Coordinador(a) de PQR',
});

/** The support copy comes back signed by whoever received the letter. */
export const RECEIVED_SIGNER = { name: '', document: '', role: 'Recibí — Fecha: ____ / ____ / ________' } as const;
