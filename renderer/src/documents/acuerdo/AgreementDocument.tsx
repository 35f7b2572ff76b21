import type { Output } from '../../../../electron/core/contract';
import { formatDate } from '../../format/format';
import type { SubscriberSummary } from '../../../../electron/core/contract/subscribers.contract';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { identification } from '../layout/SignatureBlock';
import { TwoCopies } from '../layout/TwoCopies';
import { moneyOf } from '../money';
import { asesorSigner, userSigner, type PartyIdentity } from '../signers';
import { formatRate } from '../text';
import { AgreementClauses } from './AgreementClauses';
import { AgreementSchedule } from './AgreementSchedule';

export type Agreement = Output<'agreements.get'>;
/** The agreement view carries only the subscriber's code: the screen passes the rest. */
export type AgreementSubscriber = Pick<SubscriberSummary, 'code' | 'ownerName' | 'address' | 'routeCode'> &
  Partial<Pick<SubscriberSummary, 'neighborhood'>>;

interface Props {
  agreement: Agreement;
  subscriber: AgreementSubscriber;
  /** The tercero who signs (the view has only the id). */
  party: PartyIdentity;
  /** Who signs for the office; the agreement view does not say, so without it the line is left blank. */
  asesor?: { fullName: string; documentNumber: string };
  company: Company;
  reprint: number;
}

/** The payment agreement both parties sign: terms, schedule and clauses, in two copies. */
export function AgreementDocument({ agreement, subscriber, party, asesor, company, reprint }: Props) {
  const installments = agreement.installments;
  const money = moneyOf(company);
  return (
    <TwoCopies
      company={company}
      type="ACUERDO"
      number={agreement.number}
      date={agreement.createdAt}
      reprint={reprint}
      stamp={agreement.status === 'ANULADA' ? 'ANULADO' : undefined}
      asesor={asesorSigner(asesor ?? agreement.asesor)}
      user={userSigner(party)}
      bothSign
    >
      <Section title="Partes">
        <Fields>
          <Field label="Usuario (deudor)" span={2}>
            {party.fullName}
          </Field>
          <Field label="Identificación">{identification(party.documentType, party.documentNumber)}</Field>
          <Field label="Código del suscriptor">{subscriber.code}</Field>
          <Field label="Suscriptor" span={2}>
            {subscriber.ownerName}
          </Field>
          <Field label="Dirección">{[subscriber.address, subscriber.neighborhood].filter(Boolean).join(', ')}</Field>
          <Field label="Ruta">{subscriber.routeCode}</Field>
        </Fields>
      </Section>
      <Section title="Condiciones de la financiación">
        <Fields>
          <Field label="Origen">{agreement.invoiceNumber ? `Factura ${agreement.invoiceNumber}` : 'Arreglo de deuda'}</Field>
          <Field label="Deuda total">{money(agreement.debt)}</Field>
          <Field label="Cuota inicial">{money(agreement.downPayment)}</Field>
          <Field label="Valor financiado">{money(agreement.financed)}</Field>
          <Field label="Número de cuotas">{installments.length} mensuales</Field>
          <Field label="Interés mensual">{formatRate(agreement.monthlyRateBp)}</Field>
          <Field label="Total intereses">{money(agreement.totalInterest)}</Field>
          <Field label="Total a pagar en cuotas">{money(agreement.financed + agreement.totalInterest)}</Field>
          <Field label="Primera cuota">{installments[0] ? formatDate(installments[0].dueOn) : ''}</Field>
          <Field label="Última cuota">{installments.at(-1) ? formatDate(installments.at(-1)!.dueOn) : ''}</Field>
          <Field label="Estado" span={2}>
            {agreement.status}
          </Field>
        </Fields>
      </Section>
      <Section title="Plan de pagos" breakable>
        <AgreementSchedule agreement={agreement} money={money} />
      </Section>
      <Section title="Cláusulas">
        <AgreementClauses agreement={agreement} subscriberCode={subscriber.code} company={company} money={money} />
      </Section>
    </TwoCopies>
  );
}
