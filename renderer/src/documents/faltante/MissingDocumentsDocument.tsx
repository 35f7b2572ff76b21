import type { MissingNoticeView } from '../../../../electron/core/contract/pqr.contract';
import { APPLICANT_LABELS } from '../../format/labels';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { identification } from '../layout/SignatureBlock';
import { LabelledCopies } from '../layout/LabelledCopies';
import { SubscriberSection } from '../layout/SubscriberFields';
import { asesorSigner } from '../signers';

interface Props {
  notice: MissingNoticeView;
  company: Company;
  reprint: number;
}

/** The one copy the user takes home: nothing was radicated, and this is what to bring back. */
export const MISSING_COPY_LABEL = 'COPIA ÚNICA — USUARIO';

/**
 * "Documentación faltante" (seed 004): the trámite asked for, what its tipo and causal require
 * of who asks, what the user brought and what is missing. One copy, signed by the asesor.
 */
export function MissingDocumentsDocument({ notice, company, reprint }: Props) {
  const { subscriber, party } = notice;
  return (
    <LabelledCopies
      company={company}
      type="DOCUMENTACION_FALTANTE"
      number={notice.number}
      date={notice.createdAt}
      reprint={reprint}
      copies={[{ label: MISSING_COPY_LABEL, signers: [asesorSigner(notice.asesor)] }]}
    >
      <Section title="Trámite solicitado">
        <Fields>
          <Field label="Servicio">{notice.service}</Field>
          <Field label="Tipo de trámite">{notice.requestType}</Field>
          <Field label="Causal" span={2}>
            {notice.cause}
          </Field>
          <Field label="Solicitante">{APPLICANT_LABELS[notice.applicantKind]}</Field>
          <Field label="Nombre" span={2}>
            {party.fullName}
          </Field>
          <Field label="Identificación">{identification(party.documentType, party.documentNumber)}</Field>
        </Fields>
      </Section>
      <SubscriberSection subscriber={subscriber} />
      <Section title="Documentos que faltan">
        <ol aria-label="Documentos que faltan">
          {notice.missing.map((name) => (
            <li key={name}>
              <strong>{name}</strong>
            </li>
          ))}
        </ol>
      </Section>
      <Section title="Documentos presentados">
        {notice.presented.length > 0 ? (
          <ul aria-label="Documentos presentados">
            {notice.presented.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : (
          <p>Ninguno.</p>
        )}
      </Section>
      <Section title="Importante">
        <p>
          Su trámite <strong>no fue radicado</strong>: el término de respuesta empieza a contar cuando lo radique con todos los
          documentos requeridos. Presente esta hoja con los documentos que faltan en cualquier oficina de atención al usuario.
        </p>
      </Section>
    </LabelledCopies>
  );
}
