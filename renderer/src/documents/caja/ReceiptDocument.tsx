import { formatCurrency, formatInstant, type Currency } from '../../format/format';
import { TENDER_METHOD_LABELS } from '../../format/labels';
import { AmountInWords } from '../layout/AmountInWords';
import { Field, Fields, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import type { Signer } from '../layout/SignatureBlock';
import { SubscriberSection } from '../layout/SubscriberFields';
import { amountInWords } from '../text';
import { invoiceLabel, RECEIPT_COPY_LABELS } from './caja-text';
import { LabelledCopies } from '../layout/LabelledCopies';
import { PaidStamp } from './PaidStamp';
import { PaidItemsTable, TendersTable, type Money, type Receipt } from './ReceiptTables';
import { RollCopies, RollLine } from './RollSheet';

interface Props {
  receipt: Receipt;
  company: Company;
  reprint: number;
  /** The workstation prints on an 80 mm roll (printing.config().paper === 'ROLLO_80MM'). */
  roll?: boolean;
}

const cashierSigner = (receipt: Receipt): Signer => ({
  name: receipt.cashier.fullName,
  document: receipt.cashier.documentNumber,
  role: 'Cajero(a)',
});

/**
 * RECIBO DE CAJA: the coupon paid at the cash desk, stamped PAGADO, in two copies (the user's
 * and the corte del día's), on Letter or on an 80 mm roll.
 */
export function ReceiptDocument({ receipt, company, reprint, roll = false }: Props) {
  const stamp = receipt.status === 'ANULADO' ? 'ANULADO' : undefined;
  const signer = cashierSigner(receipt);
  const money: Money = (n) => formatCurrency(n, company.currency);
  const words = (n: number) => amountInWords(n, company.currency);
  const sheet = { company, type: 'RECIBO', number: receipt.number, date: receipt.paidAt, reprint, stamp } as const;
  if (roll) {
    return (
      <RollCopies {...sheet} copyLabels={RECEIPT_COPY_LABELS} signers={[signer]}>
        <ReceiptRollBody receipt={receipt} money={money} words={words} />
      </RollCopies>
    );
  }
  return (
    <LabelledCopies {...sheet} copies={RECEIPT_COPY_LABELS.map((label) => ({ label, signers: [signer] }))}>
      <ReceiptLetterBody receipt={receipt} money={money} currency={company.currency} />
    </LabelledCopies>
  );
}

interface BodyProps {
  receipt: Receipt;
  money: Money;
}

function ReceiptLetterBody({ receipt, money, currency }: BodyProps & { currency: Currency }) {
  const { coupon } = receipt;
  const { subscriber } = coupon;
  return (
    <>
      <Section title="Pago">
        <Fields>
          <Field label="Recibo">{receipt.number}</Field>
          <Field label="Cupón pagado">{coupon.number}</Field>
          {coupon.invoices.length > 0 && <Field label={invoiceLabel(coupon.invoices)}>{coupon.invoices.join(', ')}</Field>}
          <Field label="Fecha y hora del pago">{formatInstant(receipt.paidAt)}</Field>
          <Field label="Cajero(a)">{receipt.cashier.fullName}</Field>
        </Fields>
      </Section>
      <SubscriberSection subscriber={subscriber} />
      <Section title="Conceptos pagados">
        <PaidItemsTable receipt={receipt} money={money} />
        <AmountInWords amount={receipt.total} currency={currency} />
      </Section>
      <div className="doc-receipt-foot">
        <Section title="Medios de pago">
          <TendersTable receipt={receipt} money={money} />
        </Section>
        <PaidStamp
          receiptNumber={receipt.number}
          paidAt={receipt.paidAt}
          cashier={receipt.cashier.fullName}
          invoices={receipt.coupon.invoices}
        />
      </div>
      {receipt.void && <VoidNote receipt={receipt} />}
      <p className="doc-small">
        Este recibo es el soporte del pago del cupón {coupon.number}
        {coupon.invoices.length > 0 && ` (${invoiceLabel(coupon.invoices).toLowerCase()} ${coupon.invoices.join(', ')})`}. Los
        valores se aplicaron a la cuenta del suscriptor {subscriber.code} en la fecha y hora del sello.
      </p>
    </>
  );
}

function ReceiptRollBody({ receipt, money, words }: BodyProps & { words: (amount: number) => string }) {
  const { coupon } = receipt;
  return (
    <>
      <RollLine label="Cupón">{coupon.number}</RollLine>
      {coupon.invoices.length > 0 && <RollLine label={invoiceLabel(coupon.invoices)}>{coupon.invoices.join(', ')}</RollLine>}
      <RollLine label="Suscriptor">{coupon.subscriber.code}</RollLine>
      <div className="doc-roll-text">{coupon.subscriber.ownerName}</div>
      <div className="doc-roll-text">{coupon.subscriber.address}</div>
      <div className="doc-roll-rule" />
      {coupon.items.map((item) => (
        <div key={item.lineNo} className="doc-roll-item">
          <div className="doc-roll-text">
            {item.concept}
            {item.reference && ` · ${item.reference}`}
          </div>
          <RollLine label="">{money(item.amount)}</RollLine>
        </div>
      ))}
      <div className="doc-roll-rule" />
      <RollLine label="TOTAL PAGADO" strong>
        {money(receipt.total)}
      </RollLine>
      <div className="doc-roll-words">SON: {words(receipt.total)}</div>
      <div className="doc-roll-rule" />
      {receipt.tenders.map((t, i) => (
        <div key={i}>
          <RollLine label={TENDER_METHOD_LABELS[t.method]}>{money(t.amount)}</RollLine>
          {t.tendered !== null && <RollLine label="Recibido">{money(t.tendered)}</RollLine>}
          {t.reference && <div className="doc-roll-text">Ref. {t.reference}</div>}
        </div>
      ))}
      <RollLine label="CAMBIO" strong>
        {money(receipt.change)}
      </RollLine>
      <PaidStamp
        receiptNumber={receipt.number}
        paidAt={receipt.paidAt}
        cashier={receipt.cashier.fullName}
        invoices={receipt.coupon.invoices}
      />
      {receipt.void && <VoidNote receipt={receipt} />}
    </>
  );
}

/** A voided receipt reprinted says so, with the anulación that reversed it. */
function VoidNote({ receipt }: { receipt: Receipt }) {
  if (!receipt.void) return null;
  return (
    <Section title="Anulado">
      <p>
        Recibo ANULADO con la constancia <strong>{receipt.void.number}</strong> el {formatInstant(receipt.void.at)}, aprobada por{' '}
        {receipt.void.approvedBy}. Motivo: {receipt.void.reason}
      </p>
    </Section>
  );
}
