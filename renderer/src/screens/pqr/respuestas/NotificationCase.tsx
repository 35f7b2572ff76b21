import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { PQR_STATUS_LABEL } from '../../../../../electron/core/pqr/states';
import { notificationQueries } from '../../../api/notifications';
import { responsesQueries } from '../../../api/responses';
import { PrintButton } from '../../../documents';
import { formatInstant } from '../../../format/format';
import { NotificationForm } from './NotificationForm';
import { NotificationHistory } from './NotificationHistory';
import { OutcomeDialog, type Outcome } from './OutcomeDialog';

/**
 * One trámite's response letter, its notification attempts and the form for the next one.
 * What is recorded here, the letter, the attempts and the list of trámites to notify read again.
 */
export function NotificationCase({ filingNumber }: { filingNumber: string }) {
  const letters = useQuery(responsesQueries.of(filingNumber));
  const history = useQuery(notificationQueries.of(filingNumber));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const letter = letters.data?.[0] ?? null;
  const error = letters.error ?? history.error;

  if (error) return <Alert severity="error">{error.message}</Alert>;
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
        <NotificationForm filingNumber={filingNumber} party={letter.party} history={history.data} />
      )}
      {outcome && <OutcomeDialog outcome={outcome} onClose={() => setOutcome(null)} />}
    </Box>
  );
}
