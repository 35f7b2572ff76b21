import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { Panel } from '../../components/Panel';
import { formatCurrency, formatDate } from '../../format/format';
import { CASH_SESSION_STATUS_LABELS } from '../../format/labels';
import { OpenSessionForm } from './OpenSessionForm';
import type { CashCurrent, CashSession } from './use-cash-session';

interface Props {
  current: CashCurrent | null;
  error: string | null;
  onOpened(session: CashSession): void;
  /** Corte de caja, for a session that must be closed first. */
  onGoToClose?(): void;
  activation: number;
}

/** Where the cashier's session stands: none (open it), stale or in count (close it), or open. */
export function SessionBar({ current, error, onOpened, onGoToClose, activation }: Props) {
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!current) return <LinearProgress aria-label="Leyendo la caja" />;
  const { session, currency } = current;
  if (!session) {
    return (
      <Panel title="Caja cerrada">
        <Typography variant="body2" sx={{ mb: 1.5 }}>
          No hay una caja abierta: para registrar pagos, ábrala con la base del día.
        </Typography>
        <OpenSessionForm onOpened={onOpened} activation={activation} />
      </Panel>
    );
  }
  const goToClose = onGoToClose && (
    <Button color="inherit" variant="outlined" size="small" onClick={onGoToClose}>
      IR A CORTE DE CAJA
    </Button>
  );
  if (session.stale) {
    return (
      <Alert severity="warning" action={goToClose} role="alert">
        Tiene abierta la caja del {formatDate(session.businessDate)}: haga primero el corte.
      </Alert>
    );
  }
  if (session.status === 'EN_ARQUEO') {
    return (
      <Alert severity="info" action={goToClose}>
        La caja está en arqueo: termine el corte de caja antes de registrar más pagos.
      </Alert>
    );
  }
  const money = (n: number) => formatCurrency(n, currency);
  return (
    <Box
      role="status"
      aria-label="Caja abierta"
      sx={{
        display: 'flex',
        alignItems: 'center',
        flexWrap: 'wrap',
        gap: 2,
        px: 1.5,
        py: 0.75,
        border: 1,
        borderColor: 'divider',
        borderRadius: 1,
        bgcolor: 'background.paper',
        fontSize: '0.8rem',
      }}
    >
      <Chip color="success" label={`CAJA ${CASH_SESSION_STATUS_LABELS[session.status].toUpperCase()}`} sx={{ fontWeight: 700 }} />
      <span>Día {formatDate(session.businessDate)}</span>
      <span>Puesto {session.workstation}</span>
      <span>Base {money(session.openingFloat)}</span>
      <span>
        {session.receipts} {session.receipts === 1 ? 'recibo' : 'recibos'}
      </span>
      {/* Arqueo ciego: the core says nothing of the running total until the count. */}
      {session.collected !== null && <strong>Recaudado {money(session.collected)}</strong>}
    </Box>
  );
}
