import type { Edict } from '../edicto/EdictDocument';
import type { ResponseLetter } from './letter-text';

/** A response letter and its edicto shaped like the contract outputs, for document and screen tests. */
export function responseLetter(overrides: Partial<ResponseLetter> = {}): ResponseLetter {
  return {
    id: 1,
    number: 'OFI-2026-000017',
    createdAt: '2026-11-26T15:30:00.000Z',
    suiResponseType: 3,
    suiResponseLabel: 'No accede',
    templateName: 'VISITA REALIZADA SIN HALLAZGOS',
    body: 'Señor(a) Esperanza Torres Muñoz:\n\nEn atención a su solicitud radicada con el número RAD-2026-000042…\n\nEn la visita se encontró: sifón obstruido.',
    request: {
      filingNumber: 'RAD-2026-000042',
      filedOn: '2026-11-23',
      service: 'ALCANTARILLADO',
      cause: 'VISITA DOMICILIARIA',
      status: 'RESPONDIDO',
    },
    subscriber: {
      id: 234,
      code: '100234',
      ownerName: 'Esperanza Torres Muñoz',
      ownerDocument: '40612345',
      address: 'Calle 5 # 21-63',
      neighborhood: 'Centro',
      routeCode: '01-004',
      zoneName: 'FLORENCIA',
      status: 'ACTIVO',
    },
    party: {
      id: 9,
      documentType: 'CC',
      documentNumber: '40612345',
      names: 'Esperanza',
      surnames: 'Torres Muñoz',
      fullName: 'Esperanza Torres Muñoz',
      mobile: '3101234567',
      email: '',
      address: 'Calle 5 # 21-63',
      emailConsent: false,
      emailConsentDate: null,
    },
    signer: { fullName: 'Ferney Chávez Muñoz', documentNumber: '17689012' },
    ...overrides,
  };
}

export function edict(): Edict {
  return {
    businessDays: 10,
    letter: responseLetter(),
    edict: {
      id: 3,
      kind: 'EDICTO',
      result: 'EN_CURSO',
      number: 'EDI-2026-000005',
      letterNumber: 'OFI-2026-000017',
      receiverName: null,
      receiverDocument: null,
      guideNumber: null,
      email: null,
      sentOn: null,
      resultOn: null,
      postedOn: '2026-11-30',
      removalOn: '2026-12-16',
      note: '',
      recordedAt: '2026-11-30T15:00:00.000Z',
      recordedBy: { fullName: 'Nubia Cuéllar Trujillo', documentNumber: '40765432' },
      resultRecordedAt: null,
      resultRecordedBy: null,
    },
  };
}
