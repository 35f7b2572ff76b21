import Chip from '@mui/material/Chip';
import type { InvoiceStatus } from '../../../../db/schema/enums';

const COLORS: Record<InvoiceStatus, 'warning' | 'success' | 'default'> = {
  PENDIENTE: 'warning',
  PAGADA: 'success',
  ANULADA: 'default',
};

/** PENDIENTE until paid at CAJA, PAGADA, or ANULADA by a supervisor: as the core derives it. */
export function InvoiceStatusChip({ status }: { status: InvoiceStatus }) {
  return (
    <Chip
      label={status}
      color={COLORS[status]}
      variant={status === 'ANULADA' ? 'outlined' : 'filled'}
      aria-label={`Estado de la factura: ${status}`}
      sx={{ fontWeight: 700 }}
    />
  );
}
