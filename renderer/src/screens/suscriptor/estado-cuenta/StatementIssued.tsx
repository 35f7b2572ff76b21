import PaymentsIcon from '@mui/icons-material/Payments';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { PrintButton } from '../../../documents';
import { formatMoney } from '../../../format/format';
import { focusSoon } from '../../../components/keyboard';
import { CAPACITY_LABELS, type StatementView } from './statement-draft';

interface Props {
  statement: StatementView;
  /** "¿Desea pagar?" — yes; absent when the role cannot make coupons. */
  onPay?(): void;
}

/** Seed 004 step 2: the statement's number and amount, IMPRIMIR, and whether to pay now. */
export function StatementIssued({ statement, onPay }: Props) {
  const box = useRef<HTMLDivElement>(null);
  // IMPRIMIR takes the focus.
  useEffect(() => {
    focusSoon(() => box.current?.querySelector<HTMLButtonElement>('button'));
  }, []);
  const owed = statement.owed.reduce((t, i) => t + i.outstanding, 0);
  return (
    <Box
      ref={box}
      role="region"
      aria-label="Estado de cuenta generado"
      sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}
    >
      <Box sx={{ display: 'flex', gap: 4, alignItems: 'flex-end' }}>
        <Box>
          <Typography variant="caption" color="text.secondary">
            Estado de cuenta número
          </Typography>
          <Typography
            aria-label="Número del estado de cuenta"
            sx={{ fontSize: '1.9rem', fontWeight: 700, fontFamily: 'monospace', color: 'primary.dark', lineHeight: 1.1 }}
          >
            {statement.number}
          </Typography>
        </Box>
        <Box>
          <Typography variant="caption" color="text.secondary">
            Saldo
          </Typography>
          <Typography aria-label="Saldo del estado de cuenta" sx={{ fontSize: '1.5rem', fontWeight: 700 }}>
            {formatMoney(statement.balance)}
          </Typography>
        </Box>
        <Box>
          <Typography variant="caption" color="text.secondary">
            Vencido
          </Typography>
          <Typography sx={{ fontSize: '1.5rem', fontWeight: 700, color: statement.overdue > 0 ? 'error.main' : undefined }}>
            {formatMoney(statement.overdue)}
          </Typography>
        </Box>
      </Box>
      <Typography variant="body2">
        Para {statement.party.fullName} ({statement.party.documentType} {statement.party.documentNumber}) ·{' '}
        {CAPACITY_LABELS[statement.capacity]}
        {statement.capacity === 'CARTA_PODER' ? `: ${statement.powerNote}` : ''}
      </Typography>
      <PrintButton type="ESTADO_CUENTA" number={statement.number} />
      {owed > 0 ? (
        <Alert
          severity="info"
          icon={<PaymentsIcon />}
          action={
            onPay && (
              <Button color="inherit" variant="outlined" onClick={onPay}>
                Sí, generar cupón de pago
              </Button>
            )
          }
        >
          Debe {formatMoney(owed)} en {statement.owed.length} {statement.owed.length === 1 ? 'deuda' : 'deudas'}. ¿Desea pagar?
        </Alert>
      ) : (
        <Alert severity="success">La cuenta está al día: no hay nada que pagar.</Alert>
      )}
    </Box>
  );
}
