import SearchIcon from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import List from '@mui/material/List';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemText from '@mui/material/ListItemText';
import { useState } from 'react';
import { call } from '../../api';
import type { FoundServer } from '../../api/station';

/**
 * "Buscar servidores en la red": listens for the office servers announcing themselves (only on
 * this click: it sends to the whole network) and offers them to pick.
 */
export function ServerSearch({ picked, onPick }: { picked: string | null; onPick(server: FoundServer): void }) {
  const [found, setFound] = useState<FoundServer[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function search() {
    setBusy(true);
    setError(null);
    const result = await call('station.discover', {});
    setBusy(false);
    if (result.ok) setFound(result.data.servers);
    else setError(result.error.message);
  }

  return (
    <Box>
      <Button startIcon={<SearchIcon />} onClick={() => void search()} disabled={busy}>
        Buscar servidores en la red
      </Button>
      {busy && <LinearProgress aria-label="Buscando servidores" sx={{ mt: 0.5 }} />}
      {error && (
        <Alert severity="error" role="alert" sx={{ mt: 0.5 }}>
          {error}
        </Alert>
      )}
      {found?.length === 0 && (
        <Alert severity="info" role="note" sx={{ mt: 0.5 }}>
          No se encontró ningún servidor en la red. Escriba la dirección que muestra el servidor.
        </Alert>
      )}
      {found && found.length > 0 && (
        <List dense aria-label="Servidores encontrados">
          {found.map((server) => (
            <ListItemButton key={server.address} selected={picked === server.address} onClick={() => onPick(server)}>
              <ListItemText
                primary={`${server.name} · ${server.address}`}
                secondary={`Huella ${server.fingerprint}`}
                slotProps={{ secondary: { sx: { fontFamily: 'monospace', fontSize: '0.7rem', overflowWrap: 'anywhere' } } }}
              />
            </ListItemButton>
          ))}
        </List>
      )}
    </Box>
  );
}
