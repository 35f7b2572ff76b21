import type { Output } from '../../../../electron/core/contract';
import { formatDate } from '../../format/format';
import { AmountInWords } from '../layout/AmountInWords';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { identification } from '../layout/SignatureBlock';
import { SubscriberSection } from '../layout/SubscriberFields';
import { TwoCopies } from '../layout/TwoCopies';
import { moneyOf } from '../money';
import { asesorSigner, userSigner } from '../signers';
import { PAYMENT_FORM_LABELS } from '../text';
import { InvoiceLines } from './InvoiceLines';

export type Invoice = Output<'invoices.get'>;

interface Props {
  invoice: Invoice;
  company: Company;
  reprint: number;
}

/** The factura the user takes to the cashier: both copies, signed by the asesor and the user. */
export function FacturaDocument({ invoice, company, reprint }: Props) {
  const { subscriber, party, agreement } = invoice;
  const money = moneyOf(company);
  return (
    <TwoCopies
      company={company}
      type="FACTURA"
      number={invoice.number}
      date={invoice.createdAt}
      reprint={reprint}
      stamp={invoice.status === 'ANULADA' ? 'ANULADA' : undefined}
      asesor={asesorSigner(invoice.asesor)}
      user={userSigner(party)}
    >
      <SubscriberSection subscriber={subscriber} />
      <Section title="Solicitante (tercero)">
        <Fields>
          <Field label="Nombre" span={2}>
            {party.fullName}
          </Field>
          <Field label="Identificación">{identification(party.documentType, party.documentNumber)}</Field>
          <Field label="Celular">{party.mobile}</Field>
        </Fields>
      </Section>
      <Section title="Productos y servicios">
        <InvoiceLines lines={invoice.lines} total={invoice.total} money={money} />
        <AmountInWords amount={invoice.total} currency={company.currency} />
      </Section>
      <Section title="Condiciones de pago">
        <Fields>
          <Field label="Forma de pago">{PAYMENT_FORM_LABELS[invoice.paymentForm]}</Field>
          <Field label="Fecha de vencimiento">{formatDate(invoice.dueOn)}</Field>
          {agreement ? (
            <>
              <Field label="Acuerdo de pago">{agreement.number}</Field>
              <Field label="Cuota inicial a pagar">{money(agreement.downPayment)}</Field>
            </>
          ) : (
            <Field label="Valor a pagar" span={2}>
              {money(invoice.total)}
            </Field>
          )}
        </Fields>
        {agreement && (
          <p>
            Factura a crédito: {money(agreement.financed)} se financian con el acuerdo de pago <strong>{agreement.number}</strong>{' '}
            en {agreement.installments.length} cuotas mensuales, la primera con vencimiento el{' '}
            {formatDate(agreement.installments[0]?.dueOn ?? invoice.dueOn)}. Las condiciones constan en el acuerdo firmado por el
            usuario.
          </p>
        )}
        <p className="doc-small">
          Pague en la caja de la oficina comercial presentando este documento o su número. Conserve el original: es su soporte del
          trámite.
        </p>
      </Section>
      <Section title="Observación">
        <p className="doc-note">{invoice.observation}</p>
      </Section>
    </TwoCopies>
  );
}
