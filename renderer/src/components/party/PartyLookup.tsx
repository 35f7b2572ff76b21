import AddIcon from '@mui/icons-material/Add';
import SearchIcon from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type Ref } from 'react';
import { partyQueries } from '../../api/parties';
import { PartyForm } from './PartyForm';
import { PartyTable } from './PartyTable';
import type { PartyRow } from './party-draft';

type Editing = { party?: PartyRow; documentNumber?: string } | null;

interface Props {
  /** When given, each match gets a "Seleccionar" button and a new tercero is selected on save. */
  onSelect?(party: PartyRow): void;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /** Enter that finds exactly one tercero selects it (keyboard-first forms such as FACTURA). */
  selectSingle?: boolean;
}

/**
 * Terceros by document number, with the "+" of the Serviweb screens to add one on the spot.
 * Reusable: FACTURA and TRÁMITE embed it to pick who makes the request.
 */
export function PartyLookup({ onSelect, autoFocus = false, inputRef, selectSingle = false }: Props) {
  const queries = useQueryClient();
  const [documentNumber, setDocumentNumber] = useState('');
  const [results, setResults] = useState<PartyRow[] | null>(null);
  const [searched, setSearched] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);

  async function search(event: FormEvent) {
    event.preventDefault();
    const typed = documentNumber.trim();
    if (!typed) return setError('Número de documento: es obligatorio');
    setBusy(true);
    try {
      const found = await queries.fetchQuery(partyQueries.byDocument(typed));
      setError(null);
      setSearched(typed);
      setResults(found);
      if (selectSingle && found.length === 1) onSelect?.(found[0]!);
    } catch (failed) {
      setResults(null);
      setError((failed as Error).message);
    } finally {
      setBusy(false);
    }
  }

  function saved(party: PartyRow) {
    const isNew = !editing?.party;
    setEditing(null);
    setResults((list) => [party, ...(list ?? []).filter((p) => p.id !== party.id)]);
    setSearched(party.documentNumber);
    if (isNew) onSelect?.(party);
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box component="form" noValidate onSubmit={search} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <TextField
          label="Número de documento del tercero"
          value={documentNumber}
          onChange={(e) => setDocumentNumber(e.target.value)}
          autoFocus={autoFocus}
          inputRef={inputRef}
          error={error !== null}
          helperText={error ?? 'Escriba la cédula o el NIT y presione Enter.'}
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
          sx={{ maxWidth: 340 }}
        />
        <Button type="submit" variant="outlined" startIcon={<SearchIcon />} disabled={busy} sx={{ height: 37 }}>
          BUSCAR
        </Button>
        <Tooltip title="Agregar tercero">
          <IconButton
            aria-label="Agregar tercero"
            color="primary"
            onClick={() => setEditing({ documentNumber: documentNumber.trim() })}
            sx={{ border: 1, borderColor: 'primary.main', borderRadius: 1, height: 37, width: 37 }}
          >
            <AddIcon />
          </IconButton>
        </Tooltip>
      </Box>
      {results !== null && results.length === 0 && (
        <Alert
          severity="info"
          action={
            <Button color="inherit" startIcon={<AddIcon />} onClick={() => setEditing({ documentNumber: searched })}>
              Agregar
            </Button>
          }
        >
          No hay ningún tercero con el documento {searched}. Agréguelo con el botón +.
        </Alert>
      )}
      {results !== null && results.length > 0 && (
        <PartyTable parties={results} onEdit={(party) => setEditing({ party })} onSelect={onSelect} />
      )}
      <Dialog open={editing !== null} onClose={() => setEditing(null)} maxWidth="sm" fullWidth>
        <DialogTitle>{editing?.party ? `Editar tercero ${editing.party.fullName}` : 'Agregar tercero'}</DialogTitle>
        <DialogContent sx={{ pt: '8px !important' }}>
          {editing && (
            <PartyForm
              party={editing.party}
              documentNumber={editing.documentNumber}
              onSaved={saved}
              onCancel={() => setEditing(null)}
            />
          )}
        </DialogContent>
      </Dialog>
    </Box>
  );
}
