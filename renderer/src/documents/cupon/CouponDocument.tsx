import type { Output } from '../../../../electron/core/contract';
import { formatDate } from '../../format/format';
import { AmountInWords } from '../layout/AmountInWords';
import { Field, Section } from '../layout/blocks';
import type { Company } from '../layout/DocumentSheet';
import { SubscriberSection } from '../layout/SubscriberFields';
import { TwoCopies } from '../layout/TwoCopies';
import { moneyOf } from '../money';
import { asesorSigner } from '../signers';
import { CouponItems } from './CouponItems';
import { PaymentStrip } from './PaymentStrip';

export type Coupon = Output<'coupons.get'>;

interface Props {
  coupon: Coupon;
  company: Company;
  reprint: number;
}

/** A coupon reprinted after it was paid or once expired says so across the page. */
const STAMPS: Partial<Record<Coupon['status'], string>> = { PAGADO: 'PAGADO', VENCIDO: 'VENCIDO' };

/**
 * The payment coupon of RECAUDO → ABONO (seed 001 steps 21–22): what is paid, how much, until
 * when, and the barcode CAJA scans. The asesor signs the user's copy, the user the support.
 */
export function CouponDocument({ coupon, company, reprint }: Props) {
  const { subscriber, party } = coupon;
  const money = moneyOf(company);
  return (
    <TwoCopies
      company={company}
      type="CUPON"
      number={coupon.number}
      date={coupon.createdAt}
      reprint={reprint}
      stamp={STAMPS[coupon.status]}
      asesor={asesorSigner(coupon.asesor)}
      // Without a recorded solicitante, whoever takes the coupon signs and writes their name by hand.
      user={{ name: party?.fullName ?? '', document: party?.documentNumber ?? '', role: 'Usuario' }}
    >
      <SubscriberSection subscriber={subscriber}>
        {party && (
          <>
            <Field label="Solicitante" span={3}>
              {party.fullName}
            </Field>
            <Field label="Documento">{party.documentNumber}</Field>
          </>
        )}
      </SubscriberSection>
      <Section title="Conceptos que paga este cupón">
        <CouponItems items={coupon.items} total={coupon.total} money={money} />
        <AmountInWords amount={coupon.total} currency={company.currency} />
      </Section>
      <Section title="Pago en caja">
        <PaymentStrip number={coupon.number} total={coupon.total} validUntil={coupon.validUntil} money={money} />
      </Section>
      <Section title="Condiciones">
        <p className="doc-small">
          Pague este cupón en la caja de la oficina comercial hasta el <strong>{formatDate(coupon.validUntil)}</strong>. Pasada
          esa fecha la caja no lo recibe: solicite uno nuevo en RECAUDO. El cupón no es comprobante de pago; el pago lo acredita
          el recibo de caja con el sello PAGADO. Cada concepto muestra lo que este cupón paga de esa deuda; en un abono, lo que
          quede de cada deuda sigue pendiente en la cuenta.
        </p>
      </Section>
    </TwoCopies>
  );
}
