import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../../../api';
import { type IssuedCode, type PuestoRow, stationQueries } from '../../../api/station';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { NoticeAlert, type Notice } from '../../../components/NoticeAlert';
import { Panel } from '../../../components/Panel';
import { CodeDialog } from './CodeDialog';
import { NewPuestoDialog } from './NewPuestoDialog';
import { PuestosTable, type PuestoAction } from './PuestosTable';

/** Who is logged in where changes by the minute: the list is read again while it is shown. */
const REFRESH_MS = 15_000;

function revokeMessage(p: PuestoRow): string {
  const who =
    p.users.length > 0
      ? `Se cierra la sesión de ${p.users.map((u) => u.fullName).join(', ')}`
      : 'Se cierra la sesión de quien esté ingresado allí';
  return `El puesto ${p.name} deja de funcionar de inmediato. ${who}. Un puesto revocado no se vuelve a vincular: para usar ese equipo cree un puesto nuevo.`;
}

/**
 * The puestos that work through this server: create one (its code shown once), a new code for
 * one, revoke one.
 */
export function PuestosPanel({ active, addresses, isServer }: { active: boolean; addresses: string[]; isServer: boolean }) {
  const list = useQuery({ ...stationQueries.puestos(), enabled: active, refetchInterval: active ? REFRESH_MS : false });
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<IssuedCode | null>(null);
  const [revoking, setRevoking] = useState<PuestoRow | null>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);

  async function newCode(p: PuestoRow) {
    const result = await call('puestos.newCode', { id: p.id });
    if (result.ok) setIssued(result.data);
    else setNotice({ severity: 'error', text: result.error.message });
  }

  async function revoke(p: PuestoRow) {
    setBusy(true);
    const result = await call('puestos.revoke', { id: p.id });
    setBusy(false);
    setRevoking(null);
    if (!result.ok) return setNotice({ severity: 'error', text: result.error.message });
    const ended = result.data.sessionsEnded;
    const sessions =
      ended === 0 ? 'no había sesiones abiertas' : ended === 1 ? 'se cerró 1 sesión' : `se cerraron ${ended} sesiones`;
    setNotice({ severity: 'success', text: `Puesto ${p.name} revocado; ${sessions}.` });
  }

  function onAction(action: PuestoAction, p: PuestoRow) {
    setNotice(null);
    if (action === 'newCode') void newCode(p);
    else setRevoking(p);
  }

  return (
    <Panel
      title="Puestos de la oficina"
      flush
      action={
        <Button variant="contained" size="small" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          Nuevo puesto
        </Button>
      }
    >
      {list.isFetching && !list.data && <LinearProgress aria-label="Cargando los puestos" />}
      <Box sx={{ p: 1, '&:empty': { display: 'none' } }}>
        {!isServer && (
          <Alert severity="info" role="note" sx={{ mb: 1 }}>
            Este equipo aún no es el servidor de la oficina: puede crear los puestos desde ya; se vincularán cuando lo convierta
            en servidor.
          </Alert>
        )}
        <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
        {list.error && (
          <Alert severity="error" role="alert">
            {list.error.message}
          </Alert>
        )}
      </Box>
      {list.data && <PuestosTable puestos={list.data.puestos} onAction={onAction} />}
      {creating && (
        <NewPuestoDialog
          onClose={() => setCreating(false)}
          onCreated={(code) => {
            setCreating(false);
            setIssued(code);
          }}
        />
      )}
      {issued && <CodeDialog issued={issued} addresses={addresses} onClose={() => setIssued(null)} />}
      <ConfirmDialog
        open={revoking !== null}
        title={`Revocar el puesto ${revoking?.name ?? ''}`}
        message={revoking ? revokeMessage(revoking) : ''}
        confirmLabel="REVOCAR"
        danger
        busy={busy}
        onConfirm={() => revoking && void revoke(revoking)}
        onCancel={() => setRevoking(null)}
      />
    </Panel>
  );
}
