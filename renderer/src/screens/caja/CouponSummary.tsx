import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import type { CouponStatus } from '../../../../db/schema/enums';
import { CouponItemsTable } from '../../components/coupon/CouponItemsTable';
import { DataList } from '../../components/DataList';
import { formatDate, formatInstant, formatMoney } from '../../format/format';
import type { Coupon } from './use-collect';

const COLORS: Record<CouponStatus, 'success' | 'info' | 'error'> = { VIGENTE: 'success', PAGADO: 'info', VENCIDO: 'error' };

export function CouponStatusChip({ status }: { status: CouponStatus }) {
  return <Chip label={status} color={COLORS[status]} aria-label={`Estado del cupón: ${status}`} sx={{ fontWeight: 700 }} />;
}

/** The scanned coupon: whose it is, what it pays and for how much. */
export function CouponSummary({ coupon }: { coupon: Coupon }) {
  const { subscriber } = coupon;
  return (
    <Box component="section" aria-label={`Cupón ${coupon.number}`} sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2 }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
            <Typography sx={{ fontFamily: 'monospace', fontWeight: 700, fontSize: '1.1rem' }}>{coupon.number}</Typography>
            <CouponStatusChip status={coupon.status} />
          </Box>
          <Typography sx={{ fontWeight: 600, mt: 0.5 }}>
            {subscriber.code} · {subscriber.ownerName}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {subscriber.address} · {subscriber.neighborhood} · Ruta {subscriber.routeCode}
          </Typography>
        </Box>
        <Box sx={{ textAlign: 'right' }}>
          <Typography variant="caption" color="text.secondary" component="div">
            {coupon.status === 'VIGENTE' ? 'Total a pagar' : 'Valor del cupón'}
          </Typography>
          <Typography
            aria-label="Total del cupón"
            sx={{ fontSize: '2rem', fontWeight: 700, lineHeight: 1.1, color: 'primary.dark' }}
          >
            {formatMoney(coupon.total)}
          </Typography>
        </Box>
      </Box>
      <CouponItemsTable items={coupon.items} label="Deudas que paga el cupón" referenceHeader="Documento" amountHeader="Valor" />
      <DataList
        items={[
          ['Válido hasta', formatDate(coupon.validUntil)],
          ['Generado por', `${coupon.asesor.fullName} · ${formatInstant(coupon.createdAt)}`],
          ...(coupon.party ? ([['Paga', coupon.party.fullName]] as const) : []),
        ]}
      />
    </Box>
  );
}
