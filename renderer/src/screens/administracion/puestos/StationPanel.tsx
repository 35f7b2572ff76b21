import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState, type ReactNode } from 'react';
import { call } from '../../../api';
import type { StationInfo } from '../../../api/station';
import { useSession } from '../../../app/session-context';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { DataList } from '../../../components/DataList';
import { NoticeAlert, type Notice } from '../../../components/NoticeAlert';
import { Panel } from '../../../components/Panel';
import { PairingDialog } from '../../../components/station/PairingDialog';
import { modeInWords, serverUrls } from './labels';

type Change = 'toServer' | 'toUnico' | 'leave';

const CONFIRM: Record<Change, { title: string; message: (s: StationInfo) => string; label: string; danger: boolean }> = {
  toServer: {
    title: 'Convertir en servidor de la oficina',
    message: () =>
      'Este equipo guardará la base de datos de la oficina, el archivo y las copias, y atenderá a los puestos por la red. Debe quedar encendido mientras se trabaje en los puestos.',
    label: 'CONVERTIR',
    danger: false,
  },
  toUnico: {
    title: 'Volver a equipo único',
    message: () =>
      'Los puestos vinculados dejarán de funcionar: no podrán comunicarse con este equipo hasta que vuelva a ser el servidor de la oficina.',
    label: 'VOLVER A EQUIPO ÚNICO',
    danger: true,
  },
  leave: {
    title: 'Desconectar del servidor',
    message: (s) =>
      `Este equipo dejará de ser el puesto ${s.workstation} y volverá a trabajar como equipo único, con su propia base de datos. La sesión actual se cierra. Para conectarlo de nuevo hará falta un código nuevo del servidor.`,
    label: 'DESCONECTAR',
    danger: true,
  },
};

const REACHABLE: Record<string, string> = {
  true: 'Responde',
  false: 'No responde: se reintenta en cada llamada',
  null: 'Aún sin llamadas desde que se inició',
};

const mono = { fontFamily: 'monospace', overflowWrap: 'anywhere' } as const;

/** "Este equipo": what this computer is in the office, and the admin's changes to it. */
export function StationPanel({ station }: { station: StationInfo }) {
  const { end } = useSession();
  const [asking, setAsking] = useState<Change | null>(null);
  const [pairing, setPairing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  async function apply(change: Change) {
    setBusy(true);
    const result =
      change === 'leave'
        ? await call('station.leave', {})
        : await call('station.setMode', { mode: change === 'toServer' ? 'SERVIDOR' : 'UNICO' });
    setBusy(false);
    setAsking(null);
    if (!result.ok) return setNotice({ severity: 'error', text: result.error.message });
    // A puesto's session lived on the server: on this computer's own database it means nothing.
    if (change === 'leave') return end('Este equipo volvió a ser un equipo único; ingrese con su usuario de este equipo.');
    setNotice({
      severity: 'success',
      text:
        change === 'toServer' ? 'Este equipo es ahora el servidor de la oficina.' : 'Este equipo volvió a ser un equipo único.',
    });
  }

  const server = station.officeServer;
  const items: [string, ReactNode][] = [['Modo', modeInWords(station)]];
  if (server) {
    const urls = serverUrls(server);
    items.push([
      urls.length > 1 ? 'Direcciones para los puestos' : 'Dirección para los puestos',
      <Box sx={mono}>
        {urls.length === 0
          ? `Puerto ${server.port} (este equipo no tiene dirección en la red)`
          : urls.map((u) => <div key={u}>{u}</div>)}
      </Box>,
    ]);
    items.push(['Huella del certificado', <Box sx={mono}>{server.fingerprint}</Box>]);
  }
  if (station.server) {
    items.push(['Huella del servidor', <Box sx={mono}>{station.server.fingerprint}</Box>]);
    items.push(['Conexión con el servidor', REACHABLE[String(station.reachable)]]);
  }

  return (
    <Panel title="Este equipo">
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      <DataList items={items} />
      {server && !server.listening && (
        <Alert severity="warning" role="note" sx={{ mt: 1 }}>
          El servidor no está escuchando en la red: los puestos no pueden conectarse. Revise que el puerto {server.port} esté
          libre.
        </Alert>
      )}
      {server && (
        <Alert severity="info" role="note" sx={{ mt: 1 }}>
          En cada puesto: ADMINISTRACIÓN → Puestos y red → Conectar a un servidor, con esta dirección y el código del puesto. Ya
          vinculado, el puesto muestra la huella del servidor: debe ser esta.
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1, mt: 1.5, flexWrap: 'wrap' }}>
        {station.mode === 'UNICO' && (
          <>
            <Button variant="contained" onClick={() => setAsking('toServer')}>
              Convertir en servidor de la oficina
            </Button>
            <Button variant="outlined" onClick={() => setPairing(true)}>
              Conectar a un servidor
            </Button>
          </>
        )}
        {station.mode === 'SERVIDOR' && (
          <Button color="error" onClick={() => setAsking('toUnico')}>
            Volver a equipo único
          </Button>
        )}
        {station.mode === 'PUESTO' && (
          <Button color="error" onClick={() => setAsking('leave')}>
            Desconectar del servidor
          </Button>
        )}
      </Box>
      {asking && (
        <ConfirmDialog
          open
          title={CONFIRM[asking].title}
          message={CONFIRM[asking].message(station)}
          confirmLabel={CONFIRM[asking].label}
          danger={CONFIRM[asking].danger}
          busy={busy}
          onConfirm={() => void apply(asking)}
          onCancel={() => setAsking(null)}
        />
      )}
      {pairing && <PairingDialog onClose={() => setPairing(false)} onPaired={end} />}
    </Panel>
  );
}
