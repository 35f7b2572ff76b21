import { formatDate, officeDateOf } from '../../format/format';
import { COPY_LABELS } from '../codes';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { identification } from '../layout/SignatureBlock';
import { LabelledCopies } from '../layout/LabelledCopies';
import { RECEIVED_SIGNER, coordinatorSigner, placeAndDate, type ResponseLetter } from './letter-text';

interface Props {
  letter: ResponseLetter;
  company: Company;
  reprint: number;
}

const LETTER_TEXT = { fontSize: '10pt', lineHeight: 1.45, textAlign: 'justify' } as const;

/**
 * Oficio de respuesta (seed 002 steps 16–17): the user keeps the original; the support copy
 * comes back with the "Recibí" of whoever received it and goes to the Archivo Misional.
 */
export function ResponseLetterDocument({ letter, company, reprint }: Props) {
  const { party, subscriber, request } = letter;
  const coordinator = coordinatorSigner(letter);
  const copies = [
    { label: COPY_LABELS.original, signers: [coordinator] },
    { label: COPY_LABELS.support, signers: [coordinator, RECEIVED_SIGNER] },
  ];
  return (
    <LabelledCopies
      company={company}
      type="RESPUESTA"
      number={letter.number}
      date={letter.createdAt}
      reprint={reprint}
      copies={copies}
    >
      <p style={LETTER_TEXT}>{placeAndDate(company.city, officeDateOf(letter.createdAt))}</p>
      <Section title="Destinatario">
        <Fields>
          <Field label="Señor(a)" span={2}>
            {party.fullName}
          </Field>
          <Field label="Identificación">{identification(party.documentType, party.documentNumber)}</Field>
          <Field label="Código del suscriptor">{subscriber.code}</Field>
          <Field label="Dirección" span={2}>
            {subscriber.address}
          </Field>
          <Field label="Barrio">{subscriber.neighborhood}</Field>
          <Field label="Ruta · Zona">
            {subscriber.routeCode} · {subscriber.zoneName}
          </Field>
        </Fields>
      </Section>
      <p style={LETTER_TEXT}>
        <strong>Referencia:</strong> Radicado {request.filingNumber} del {formatDate(request.filedOn)} — {request.service},{' '}
        {request.cause}.
      </p>
      <div
        className="doc-letter-body"
        style={{ ...LETTER_TEXT, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', margin: '3mm 0' }}
      >
        {letter.body}
      </div>
      <p style={LETTER_TEXT}>Atentamente,</p>
    </LabelledCopies>
  );
}
