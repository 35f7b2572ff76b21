import AddIcon from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { CouponItemsTable } from '../coupon/CouponItemsTable';
import { DataList } from '../DataList';
import { formatDate, formatMoney } from '../../format/format';
import { focusSoon } from '../keyboard';
import { PrintButton } from '../../documents';
import type { CouponView } from './abono-draft';

interface Props {
  coupon: CouponView;
  /** "Nuevo cupón"; without it (inside a dialog) the dialog's own buttons close. */
  onNew?(): void;
  /** Changes each time the screen is shown: IMPRIMIR takes the focus again. */
  activation?: number;
}

function Big({ label, children, mono = false }: { label: string; children: string; mono?: boolean }) {
  return (
    <Box>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography
        aria-label={label}
        sx={{
          fontSize: '1.9rem',
          fontWeight: 700,
          lineHeight: 1.1,
          color: 'primary.dark',
          fontFamily: mono ? 'monospace' : undefined,
        }}
      >
        {children}
      </Typography>
    </Box>
  );
}

/** After OK: the coupon's number, total and due date, big, and IMPRIMIR (focused). */
export function CouponIssued({ coupon, onNew, activation = 0 }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // IMPRIMIR, on the frame after the OK dialog goes.
  useEffect(() => {
    focusSoon(() => box.current?.querySelector<HTMLButtonElement>('button'));
  }, [activation]);

  return (
    <Box ref={box} role="region" aria-label="Cupón generado" sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box sx={{ display: 'flex', gap: 4, alignItems: 'flex-end', flexWrap: 'wrap' }}>
        <Big label="Número de cupón" mono>
          {coupon.number}
        </Big>
        <Big label="Total a pagar">{formatMoney(coupon.total)}</Big>
        <Big label="Páguese hasta">{formatDate(coupon.validUntil)}</Big>
      </Box>
      <DataList
        items={[
          ['Suscriptor', `${coupon.subscriber.code} · ${coupon.subscriber.ownerName}`],
          ['Solicitante', coupon.party ? `${coupon.party.fullName} · ${coupon.party.documentNumber}` : 'No registrado'],
          ['Asesor', coupon.asesor.fullName],
        ]}
      />
      <CouponItemsTable
        items={coupon.items}
        label="Conceptos del cupón"
        referenceHeader="Referencia"
        amountHeader="Paga"
        sx={{ maxWidth: 760 }}
      />
      <Typography variant="body2" color="text.secondary">
        Imprima las dos copias: el original, con su firma, es para el usuario, que lo paga en caja; la copia de soporte la firma
        el usuario.
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
        <PrintButton type="CUPON" number={coupon.number} />
        {onNew && (
          <Button variant="outlined" startIcon={<AddIcon />} onClick={onNew} sx={{ ml: 'auto' }}>
            Nuevo cupón
          </Button>
        )}
      </Box>
    </Box>
  );
}
