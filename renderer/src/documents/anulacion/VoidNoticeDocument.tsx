import { formatDate, formatInstant } from '../../format/format';
import { InvoiceLines } from '../factura/InvoiceLines';
import type { Invoice } from '../factura/FacturaDocument';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { identification } from '../layout/SignatureBlock';
import { TwoCopies } from '../layout/TwoCopies';
import { moneyOf } from '../money';
import { userSigner } from '../signers';
import { PAYMENT_FORM_LABELS } from '../text';

interface Props {
  invoice: Invoice;
  company: Company;
  reprint: number;
}

/** The printed notice of a voided factura (type ANULACION_FACTURA, number = the factura's). */
export function VoidNoticeDocument({ invoice, company, reprint }: Props) {
  const { voided, subscriber, party, agreement } = invoice;
  if (!voided) return null;
  const money = moneyOf(company);
  return (
    <TwoCopies
      company={company}
      type="ANULACION_FACTURA"
      number={invoice.number}
      date={voided.at}
      reprint={reprint}
      asesor={{ name: voided.by, document: voided.byDocument, role: 'Supervisor(a) que anula' }}
      user={userSigner(party)}
    >
      <Section title="Constancia">
        <p>
          Se deja constancia de que la factura <strong>{invoice.number}</strong>, expedida el {formatInstant(invoice.createdAt)}{' '}
          al suscriptor <strong>{subscriber.code}</strong> ({subscriber.ownerName}), fue <strong>ANULADA</strong> el{' '}
          {formatInstant(voided.at)} por {voided.by}. La factura anulada no se puede pagar; los valores que quedaban por pagar se
          reversaron en la cuenta del suscriptor.
        </p>
      </Section>
      <Section title="Factura anulada">
        <Fields>
          <Field label="Número de factura">{invoice.number}</Field>
          <Field label="Forma de pago">{PAYMENT_FORM_LABELS[invoice.paymentForm]}</Field>
          <Field label="Vencimiento">{formatDate(invoice.dueOn)}</Field>
          <Field label="Valor de la factura">{money(invoice.total)}</Field>
          <Field label="Suscriptor">{subscriber.code}</Field>
          <Field label="Dirección" span={2}>
            {subscriber.address}
          </Field>
          <Field label="Ruta">{subscriber.routeCode}</Field>
          <Field label="Solicitante" span={2}>
            {party.fullName}
          </Field>
          <Field label="Identificación">{identification(party.documentType, party.documentNumber)}</Field>
          <Field label="Asesor que facturó">{invoice.asesor.fullName}</Field>
        </Fields>
      </Section>
      <Section title="Motivo de la anulación">
        <p className="doc-note">{voided.reason}</p>
      </Section>
      <Section title="Valores reversados">
        <InvoiceLines lines={invoice.lines} total={invoice.total} money={money} totalLabel="TOTAL REVERSADO" />
        {agreement && (
          <p>
            Con la factura se anula el acuerdo de pago <strong>{agreement.number}</strong>: sus cuotas pendientes dejan de
            cobrarse.
          </p>
        )}
      </Section>
    </TwoCopies>
  );
}
