import type { Output } from '../../../../electron/core/contract';
import { formatDate, formatLetterDate, officeDateOf } from '../../format/format';
import { COPY_LABELS } from '../codes';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { identification } from '../layout/SignatureBlock';
import { LabelledCopies } from '../layout/LabelledCopies';
import { countInWords } from '../text';

export type Edict = Output<'notifications.edict'>;

interface Props {
  edict: Edict;
  company: Company;
  reprint: number;
}

export const EDICT_BOARD_LABEL = 'ORIGINAL — CARTELERA';

const TEXT = { fontSize: '10pt', lineHeight: 1.45, textAlign: 'justify' } as const;
const BLANK = '____ / ____ / ________   Hora: ________   Firma: ______________________';

/**
 * Edicto (seed 002 step 19): when the response could not be notified personally, it is fixed
 * on the board of the main office for the business days of the setting; the posting and
 * removal dates are computed, and the lines below are filled in by hand when it is fixed and
 * taken down. Gestión documental signs it.
 */
export function EdictDocument({ edict: { edict, letter, businessDays }, company, reprint }: Props) {
  const { party, subscriber, request } = letter;
  const signer = { name: edict.recordedBy.fullName, document: edict.recordedBy.documentNumber, role: 'Gestión documental' };
  // The original is fixed on the board; the support copy, with the dates filled in, goes to the archive.
  const copies = [EDICT_BOARD_LABEL, COPY_LABELS.support].map((label) => ({ label, signers: [signer] }));
  const number = edict.number ?? '';
  return (
    <LabelledCopies
      company={company}
      type="EDICTO"
      number={number}
      date={edict.postedOn ?? edict.recordedAt}
      reprint={reprint}
      copies={copies}
    >
      <p style={{ ...TEXT, textAlign: 'center', fontWeight: 700 }}>EDICTO No. {number}</p>
      <p style={TEXT}>
        {company.name} hace saber que el oficio de respuesta No. <strong>{letter.number}</strong> del{' '}
        {formatLetterDate(officeDateOf(letter.createdAt))}, que resuelve la solicitud radicada con el No. {request.filingNumber}{' '}
        del {formatDate(request.filedOn)} ({request.cause}), dirigido a <strong>{party.fullName}</strong> (
        {identification(party.documentType, party.documentNumber)}), usuario(a) del código de suscriptor{' '}
        <strong>{subscriber.code}</strong>, predio ubicado en {subscriber.address},{' '}
        <strong>no pudo ser notificado personalmente</strong>.
      </p>
      <p style={TEXT}>
        Por tal razón se fija el presente edicto en la cartelera de la sede principal de la empresa, por el término de{' '}
        {countInWords(businessDays)} días hábiles, desde el <strong>{formatLetterDate(edict.postedOn ?? '')}</strong> hasta el{' '}
        <strong>{formatLetterDate(edict.removalOn ?? '')}</strong>, con copia íntegra del oficio. La notificación se entiende
        surtida al desfijarse el edicto.
      </p>
      <Section title="Términos">
        <Fields>
          <Field label="Fecha de fijación">{formatDate(edict.postedOn ?? '')}</Field>
          <Field label="Fecha de desfijación">{formatDate(edict.removalOn ?? '')}</Field>
          <Field label="Días hábiles">{businessDays}</Field>
          <Field label="Oficio">{letter.number}</Field>
        </Fields>
        <p style={{ ...TEXT, marginTop: '3mm' }}>Fijado el {BLANK}</p>
        <p style={TEXT}>Desfijado el {BLANK}</p>
      </Section>
      <Section title={`Texto del oficio ${letter.number}`}>
        <div
          style={{ fontSize: '9pt', lineHeight: 1.35, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', padding: '1.2mm 2mm' }}
        >
          {letter.body}
        </div>
      </Section>
    </LabelledCopies>
  );
}
