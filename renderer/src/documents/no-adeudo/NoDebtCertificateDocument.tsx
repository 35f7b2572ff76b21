import type { NoDebtCertificateView } from '../../../../electron/core/contract/no-debt.contract';
import { formatDate, formatLongDate } from '../../format/format';
import { APPLICANT_LABELS } from '../../format/labels';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { identification } from '../layout/SignatureBlock';
import { SubscriberSection } from '../layout/SubscriberFields';
import { TwoCopies } from '../layout/TwoCopies';
import { asesorSigner, userSigner } from '../signers';

interface Props {
  certificate: NoDebtCertificateView;
  /** The validity it was issued with, in calendar days. */
  validDays: number;
  company: Company;
  reprint: number;
}

/**
 * Certificado de no adeudo (seed 004 step 5): the user takes the ORIGINAL signed by the asesor;
 * the COPIA — SOPORTE stays with the office signed by the user as received. Any counter checks it
 * by its number.
 */
export function NoDebtCertificateDocument({ certificate: c, validDays, company, reprint }: Props) {
  const { subscriber, party } = c;
  return (
    <TwoCopies
      company={company}
      type="CERTIFICADO_NO_ADEUDO"
      number={c.number}
      date={c.issuedAt}
      reprint={reprint}
      asesor={asesorSigner(c.asesor)}
      user={{ ...userSigner(party), role: 'Recibí el certificado (usuario)' }}
    >
      <Section title="Certificación">
        <p>
          {company.name} certifica que la cuenta <strong>{subscriber.code}</strong>, a nombre de{' '}
          <strong>{subscriber.ownerName}</strong>, predio ubicado en {subscriber.address}, se encuentra{' '}
          <strong>AL CORRIENTE</strong> en el pago de sus servicios: a la fecha de expedición, {formatLongDate(c.issuedOn)}, no
          registra saldos vencidos.
        </p>
        <p>
          Este certificado es válido hasta el <strong>{formatLongDate(c.validUntil)}</strong> ({validDays} días). Su autenticidad
          se consulta en cualquier ventanilla de la oficina con el número <strong>{c.number}</strong>.
        </p>
      </Section>
      <Section title="Expedición">
        <Fields>
          <Field label="Certificado">{c.number}</Field>
          <Field label="Fecha de expedición">{formatDate(c.issuedOn)}</Field>
          <Field label="Válido hasta">{formatDate(c.validUntil)}</Field>
          <Field label="Radicado">{c.filingNumber}</Field>
          {c.invoiceNumber && <Field label="Pago verificado">{`Factura ${c.invoiceNumber} PAGADA`}</Field>}
        </Fields>
      </Section>
      <SubscriberSection subscriber={subscriber} />
      <Section title={`Solicitante (${APPLICANT_LABELS[c.applicantKind].toLowerCase()})`}>
        <Fields>
          <Field label="Nombre" span={2}>
            {party.fullName}
          </Field>
          <Field label="Identificación">{identification(party.documentType, party.documentNumber)}</Field>
        </Fields>
      </Section>
    </TwoCopies>
  );
}
