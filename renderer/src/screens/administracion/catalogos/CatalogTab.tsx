import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { may } from '../../../../../electron/core/contract/may';
import { catalogListQuery, setCatalogActive, type CatalogEntry } from '../../../api/catalogs';
import { useSessionInfo } from '../../../app/session-context';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { NoticeAlert, type Notice } from '../../../components/NoticeAlert';
import type { CatalogDescriptor } from './catalog-descriptor';
import { CatalogEntryDialog } from './CatalogEntryDialog';
import { CatalogTable, type EntryAction } from './CatalogTable';

type Pending = { action: EntryAction | 'create'; entry: CatalogEntry | null } | null;

interface Props {
  descriptor: CatalogDescriptor;
  /** The screen is shown (a hidden one reads nothing). */
  active: boolean;
  /** Changes when the screen or the tab is chosen: the search box takes the focus. */
  activation: number;
}

/** One catalog: search, the list (inactive entries greyed), new, edit, activate/deactivate; never delete. */
export function CatalogTab({ descriptor, active, activation }: Props) {
  const { prefix } = descriptor;
  const { role } = useSessionInfo().user;
  const [q, setQ] = useState('');
  const [includeInactive, setIncludeInactive] = useState(true);
  const [notice, setNotice] = useState<Notice>(null);
  const [pending, setPending] = useState<Pending>(null);
  const [busy, setBusy] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const list = useQuery({
    ...catalogListQuery(prefix, { q, includeInactive }),
    enabled: active,
    placeholderData: keepPreviousData,
  });

  useEffect(() => {
    if (active) searchRef.current?.focus();
  }, [active, activation]);

  const canCreate = descriptor.newTitle !== undefined && prefix !== 'services' && may(`${prefix}.create`, role);
  const canEdit = may(`${prefix}.update`, role);
  const canToggle = may(`${prefix}.setActive`, role);

  function saved(entry: CatalogEntry, created: boolean) {
    setPending(null);
    setNotice({ severity: 'success', text: `Se ${created ? 'creó' : 'guardó'} ${descriptor.entryName(entry)}.` });
  }

  async function toggle(entry: CatalogEntry) {
    setBusy(true);
    const result = await setCatalogActive(prefix, entry.id, !entry.active);
    setBusy(false);
    setPending(null);
    if (!result.ok) return setNotice({ severity: 'error', text: result.error.message });
    const done = result.data.active ? 'activó' : 'desactivó';
    setNotice({ severity: 'success', text: `Se ${done} ${descriptor.entryName(result.data)}.` });
  }

  function act(action: EntryAction, entry: CatalogEntry) {
    setNotice(null);
    // Activating takes nothing away: only deactivating asks first.
    if (action === 'toggle' && !entry.active) void toggle(entry);
    else setPending({ action, entry });
  }

  const entries: readonly CatalogEntry[] = list.data ?? [];
  const shown = pending?.entry ? descriptor.entryName(pending.entry) : '';

  return (
    <Box>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        {descriptor.searchHint && (
          <TextField
            inputRef={searchRef}
            type="search"
            label={`Buscar en ${descriptor.title.toLowerCase()}`}
            placeholder={descriptor.searchHint}
            autoComplete="off"
            value={q}
            onChange={(e) => setQ(e.target.value)}
            sx={{ width: 340 }}
          />
        )}
        <FormControlLabel
          control={<Switch checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />}
          label="Mostrar inactivos"
        />
        {canCreate && (
          <Button
            variant="contained"
            startIcon={<AddIcon />}
            sx={{ ml: 'auto' }}
            onClick={() => {
              setNotice(null);
              setPending({ action: 'create', entry: null });
            }}
          >
            {descriptor.newTitle?.toUpperCase()}
          </Button>
        )}
      </Box>
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      {list.error && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {list.error.message}
        </Alert>
      )}
      <Box sx={{ height: 4 }}>
        {list.isFetching && <LinearProgress aria-label={`Cargando ${descriptor.title.toLowerCase()}`} />}
      </Box>
      {list.data && (
        <>
          <CatalogTable descriptor={descriptor} entries={entries} canEdit={canEdit} canToggle={canToggle} onAction={act} />
          {entries.length === 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
              {q.trim() ? `Nada coincide con «${q.trim()}».` : 'No hay registros.'}
            </Typography>
          )}
        </>
      )}
      {(pending?.action === 'create' || pending?.action === 'edit') && (
        <CatalogEntryDialog
          descriptor={descriptor}
          entry={pending.entry}
          onClose={() => setPending(null)}
          onSaved={(entry) => saved(entry, pending.action === 'create')}
        />
      )}
      <ConfirmDialog
        open={pending?.action === 'toggle'}
        danger
        busy={busy}
        title="Desactivar"
        message={`¿Desactivar ${shown}? No se ofrecerá en los registros nuevos; los ya guardados no cambian. Se puede volver a activar después.`}
        confirmLabel="DESACTIVAR"
        onConfirm={() => pending?.entry && void toggle(pending.entry)}
        onCancel={() => setPending(null)}
      />
    </Box>
  );
}
