import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { PQR_STATUS_LABEL } from '../../../../../electron/core/pqr/states';
import { PrintButton } from '../../../documents';
import { formatInstant } from '../../../format/format';
import { NotificationForm } from './NotificationForm';
import { NotificationHistory } from './NotificationHistory';
import { OutcomeDialog, type Outcome } from './OutcomeDialog';
import { useProcedure } from './use-procedure';

interface Props {
  filingNumber: string;
  /** Something was recorded: the list of trámites to notify may have changed. */
  onChanged(): void;
}

/** One trámite's response letter, its notification attempts and the form for the next one. */
export function NotificationCase({ filingNumber, onChanged }: Props) {
  const letters = useProcedure('responses.of', { filingNumber });
  const history = useProcedure('notifications.of', { filingNumber });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const letter = letters.data?.[0] ?? null;
  const error = letters.error ?? history.error;

  const changed = () => {
    letters.reload();
    history.reload();
    onChanged();
  };

  if (error) return <Alert severity="error">{error}</Alert>;
  if (!letters.data || !history.data) return null;
  if (!letter) return <Alert severity="info">El trámite {filingNumber} aún no tiene oficio de respuesta.</Alert>;
  const closed = letter.request.status === 'CERRADO';

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', justifyContent: 'space-between' }}>
        <Typography variant="body2">
          Oficio <strong>{letter.number}</strong> del {formatInstant(letter.createdAt)} · {letter.party.fullName} · código{' '}
          {letter.subscriber.code} · {letter.subscriber.address}
          <br />
          Trámite {filingNumber}: {PQR_STATUS_LABEL[letter.request.status]}
        </Typography>
        <PrintButton type="RESPUESTA" number={letter.number} label="IMPRIMIR OFICIO" />
      </Box>
      <NotificationHistory rows={history.data} onOutcome={setOutcome} />
      {closed ? (
        <Alert severity="success">Oficio notificado: el trámite {filingNumber} está cerrado.</Alert>
      ) : (
        <NotificationForm filingNumber={filingNumber} party={letter.party} history={history.data} onSaved={changed} />
      )}
      {outcome && (
        <OutcomeDialog
          outcome={outcome}
          onClose={(done) => {
            setOutcome(null);
            if (done) changed();
          }}
        />
      )}
    </Box>
  );
}
