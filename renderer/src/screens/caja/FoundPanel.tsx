import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { Panel } from '../../components/Panel';
import { formatDate } from '../../format/format';
import { CouponSummary } from './CouponSummary';
import { InvoiceSummary } from './InvoiceSummary';
import type { Found } from './look-up';
import { PaymentForm } from './PaymentForm';
import { payableCoupon, payableInvoice, type Coupon, type Receipt } from './use-collect';

/** Why a coupon cannot be paid, in the words the core uses when it refuses it. */
function refusal(coupon: Coupon): string | null {
  if (coupon.status === 'PAGADO') return `El cupón ${coupon.number} ya está PAGADO con el recibo ${coupon.receiptNumber}.`;
  if (coupon.status === 'VENCIDO') {
    return `El cupón ${coupon.number} está VENCIDO desde el ${formatDate(coupon.validUntil)}: el usuario debe pedir uno nuevo en RECAUDO.`;
  }
  return null;
}

interface Props {
  found: Found;
  /** A new PaymentForm (and request key) for every coupon or factura loaded. */
  round: number;
  /** The session is known and cannot collect now (closed, or counting). */
  deskClosed: boolean;
  onPaid(receipt: Receipt): void;
  onShowReceipt(number: string): void;
}

/** What the number named: the coupon or the factura, why it cannot be paid, or its payment form. */
export function FoundPanel({ found, round, deskClosed, onPaid, onShowReceipt }: Props) {
  const coupon = found.kind === 'CUPON' ? found.coupon : null;
  const why = coupon && refusal(coupon);
  return (
    <Panel title={coupon ? 'Cupón' : 'Factura'}>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
        {found.kind === 'CUPON' ? <CouponSummary coupon={found.coupon} /> : <InvoiceSummary invoice={found.invoice} />}
        {why && (
          <Alert
            severity="error"
            role="alert"
            action={
              coupon?.receiptNumber && (
                <Button color="inherit" size="small" onClick={() => onShowReceipt(coupon.receiptNumber!)}>
                  VER RECIBO
                </Button>
              )
            }
          >
            {why}
          </Alert>
        )}
        {!why && deskClosed && (
          <Alert severity="warning">Abra la caja (o termine el corte pendiente) para registrar este pago.</Alert>
        )}
        {!why && (
          <PaymentForm
            key={round}
            payable={found.kind === 'CUPON' ? payableCoupon(found.coupon) : payableInvoice(found.invoice)}
            onPaid={onPaid}
          />
        )}
      </Box>
    </Panel>
  );
}
