import { CouponDocument, PrintButton } from '../../documents';
import type { CompanyProfile } from '../suscriptor/factura/use-company';
import type { CouponView } from './abono-draft';

/** IMPRIMIR of a coupon: two labelled copies in one job, the PDF archived. */
export function CouponPrintButton({ coupon, company }: { coupon: CouponView; company: CompanyProfile | null }) {
  return (
    <PrintButton
      type="CUPON"
      number={coupon.number}
      disabled={company === null}
      render={(reprint) => company && <CouponDocument coupon={coupon} company={company} reprint={reprint} />}
    />
  );
}
