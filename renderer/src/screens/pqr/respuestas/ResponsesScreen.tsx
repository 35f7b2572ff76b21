import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PendingResponseRow, ResponseLetterView } from '../../../../../electron/core/contract/responses.contract';
import { PQR_STATUS_LABEL } from '../../../../../electron/core/pqr/states';
import { pqrQueries } from '../../../api/pqr';
import { responsesQueries } from '../../../api/responses';
import type { ScreenProps } from '../../../app/menu';
import { Panel } from '../../../components/Panel';
import { DocumentPreview, PrintButton } from '../../../documents';
import { FilingSearch } from './FilingSearch';
import { PendingResponses } from './PendingResponses';
import { ResponseForm } from './ResponseForm';

/**
 * PQR → Respuestas (seed 002 steps 16–17): the trámites with their field report (or radicated,
 * when the causal needs none) → template → the letter edited → GUARDAR (its number) → IMPRIMIR.
 */
export function ResponsesScreen({ active }: ScreenProps) {
  const queries = useQueryClient();
  // Read while shown, again when chosen in the menu and after every letter saved.
  const pending = useQuery({ ...responsesQueries.pending(), enabled: active });
  const templates = useQuery({ ...responsesQueries.templates(), enabled: active });
  // A print makes the next copy a reprint: the preview reads the letter again.
  const [prints, setPrints] = useState(0);
  const [request, setRequest] = useState<PendingResponseRow | null>(null);
  const [saved, setSaved] = useState<ResponseLetterView | null>(null);
  const [searchError, setSearchError] = useState<string | null>(null);
  const rows = pending.data ?? [];

  const open = (row: PendingResponseRow) => {
    setSaved(null);
    setSearchError(null);
    setRequest(row);
  };

  async function search(filingNumber: string) {
    const row = rows.find((r) => r.filingNumber === filingNumber);
    if (row) return open(row);
    const said = await queries.fetchQuery(pqrQueries.get(filingNumber)).then(
      (found) => `El trámite ${found.filingNumber} está ${PQR_STATUS_LABEL[found.status].toLowerCase()}: no está por responder.`,
      (refused: Error) => refused.message,
    );
    setSearchError(said);
  }

  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(380px, 2fr) 3fr', gap: 1.25, alignItems: 'start' }}>
      <Panel
        title={`Trámites por responder: ${rows.length}`}
        flush
        action={<FilingSearch onSearch={search} error={searchError} />}
      >
        {pending.isFetching && <LinearProgress />}
        {pending.error && <Alert severity="error">{pending.error.message}</Alert>}
        <PendingResponses rows={rows} selected={request?.filingNumber ?? null} onPick={open} />
      </Panel>
      <Panel title={saved ? `Oficio ${saved.number}` : 'Respuesta'}>
        {templates.error && <Alert severity="error">{templates.error.message}</Alert>}
        {!request && !saved && <Alert severity="info">Elija un trámite de la lista o escriba su radicado.</Alert>}
        {request && !saved && (
          <ResponseForm
            key={request.filingNumber}
            request={request}
            templates={templates.data ?? []}
            onSaved={(letter) => {
              setSaved(letter);
              setRequest(null);
            }}
          />
        )}
        {saved && (
          <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
            <Alert severity="success">
              Oficio de respuesta {saved.number} guardado: el trámite {saved.request.filingNumber} quedó respondido, por
              notificar. Imprímalo para la firma y la notificación.
            </Alert>
            <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
              <PrintButton type="RESPUESTA" number={saved.number} onPrinted={() => setPrints((n) => n + 1)} />
              <Button onClick={() => setSaved(null)}>Siguiente trámite</Button>
            </Box>
            <DocumentPreview
              type="RESPUESTA"
              number={saved.number}
              label="Vista previa del oficio"
              maxHeight="60vh"
              version={prints}
            />
          </Box>
        )}
      </Panel>
    </Box>
  );
}
