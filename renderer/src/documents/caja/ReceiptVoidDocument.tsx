import { formatCurrency, formatInstant } from '../../format/format';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import type { Signer } from '../layout/SignatureBlock';
import { RECEIPT_COPY_LABELS } from './caja-text';
import { LabelledCopies } from '../layout/LabelledCopies';
import type { Receipt } from './ReceiptTables';
import { RollCopies, RollLine } from './RollSheet';

interface Props {
  /** The voided receipt (status ANULADO, with its void). */
  receipt: Receipt;
  company: Company;
  reprint: number;
  roll?: boolean;
}

type Voided = NonNullable<Receipt['void']>;

/** Who asked (the cashier; their cédula when it is the one who collected) and who approved. */
function signersOf(receipt: Receipt, voided: Voided): Signer[] {
  const sameCashier = voided.requestedBy === receipt.cashier.fullName;
  return [
    { name: voided.requestedBy, document: sameCashier ? receipt.cashier.documentNumber : '', role: 'Cajero(a) que solicita' },
    { name: voided.approvedBy, document: '', role: 'Supervisor(a) que aprueba' },
  ];
}

/**
 * CONSTANCIA DE ANULACIÓN DE RECIBO (type ANULACION_RECIBO, the ANR number): the payment
 * reversed with its reason, asked by the cashier and approved by a supervisor.
 */
export function ReceiptVoidDocument({ receipt, company, reprint, roll = false }: Props) {
  const voided = receipt.void;
  if (!voided) return null;
  const signers = signersOf(receipt, voided);
  const sheet = { company, type: 'ANULACION_RECIBO', number: voided.number, date: voided.at, reprint } as const;
  const { coupon } = receipt;
  const money = (n: number) => formatCurrency(n, company.currency);
  if (roll) {
    return (
      <RollCopies {...sheet} copyLabels={RECEIPT_COPY_LABELS} signers={signers}>
        <RollLine label="Recibo anulado">{receipt.number}</RollLine>
        <RollLine label="Cupón">{coupon.number}</RollLine>
        <RollLine label="Suscriptor">{coupon.subscriber.code}</RollLine>
        <RollLine label="Pagado el">{formatInstant(receipt.paidAt)}</RollLine>
        <RollLine label="VALOR ANULADO" strong>
          {money(receipt.total)}
        </RollLine>
        <div className="doc-roll-rule" />
        <div className="doc-roll-text">Motivo: {voided.reason}</div>
        <div className="doc-roll-text">Solicitó: {voided.requestedBy}</div>
        <div className="doc-roll-text">Aprobó: {voided.approvedBy}</div>
      </RollCopies>
    );
  }
  return (
    <LabelledCopies {...sheet} copies={RECEIPT_COPY_LABELS.map((label) => ({ label, signers }))}>
      <Section title="Constancia">
        <p>
          Se deja constancia de que el recibo de caja <strong>{receipt.number}</strong>, del {formatInstant(receipt.paidAt)}, por{' '}
          <strong>{money(receipt.total)}</strong>, fue <strong>ANULADO</strong> el {formatInstant(voided.at)} a solicitud de{' '}
          {voided.requestedBy} y con la aprobación de {voided.approvedBy}. El pago se reversó en la cuenta del suscriptor: el
          cupón {coupon.number} y sus facturas quedan PENDIENTES de pago.
        </p>
      </Section>
      <Section title="Recibo anulado">
        <Fields>
          <Field label="Recibo">{receipt.number}</Field>
          <Field label="Cupón">{coupon.number}</Field>
          <Field label="Pagado el">{formatInstant(receipt.paidAt)}</Field>
          <Field label="Valor anulado">{money(receipt.total)}</Field>
          <Field label="Suscriptor">{coupon.subscriber.code}</Field>
          <Field label="Nombre del suscriptor" span={3}>
            {coupon.subscriber.ownerName}
          </Field>
          <Field label="Cobró" span={2}>
            {receipt.cashier.fullName}
          </Field>
          <Field label="Solicitó la anulación">{voided.requestedBy}</Field>
          <Field label="Aprobó">{voided.approvedBy}</Field>
        </Fields>
      </Section>
      <Section title="Motivo de la anulación">
        <p className="doc-note">{voided.reason}</p>
      </Section>
    </LabelledCopies>
  );
}
