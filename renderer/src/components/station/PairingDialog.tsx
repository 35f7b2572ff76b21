import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { serverAddress, stationContract } from '../../../../electron/core/contract/station.contract';
import { call } from '../../api';
import type { FoundServer } from '../../api/station';
import { FormDialog } from '../FormDialog';
import { useForm } from '../use-form';
import { ServerSearch } from './ServerSearch';

const schema = stationContract['station.pair'].input;
const FIELDS = ['address', 'code'] as const;
const NO_CODE = 'Código de vinculación: escríbalo como lo muestra el servidor';

interface Props {
  onClose(): void;
  /** Paired: what to tell the user at the login (the window's session, if any, is over). */
  onPaired(message: string): void;
}

/**
 * "Conectar a un servidor": this computer becomes the puesto the code was made for. From
 * ADMINISTRACIÓN → Puestos y red (an admin's session), or from the login of a puesto the server
 * no longer recognises.
 */
export function PairingDialog({ onClose, onPaired }: Props) {
  const [draft, setDraft] = useState({ address: '', code: '' });
  const [picked, setPicked] = useState<FoundServer | null>(null);
  const { errors, message, busy, attempt, forget } = useForm(schema, FIELDS);

  const change = (field: (typeof FIELDS)[number], value: string) => {
    forget(field);
    setDraft((d) => ({ ...d, [field]: value }));
  };

  async function pair() {
    // The fingerprint the server announced goes along only while its address is the one typed.
    const fingerprint = picked && picked.address === draft.address ? { fingerprint: picked.fingerprint } : {};
    const input = { ...draft, ...fingerprint };
    const outcome = await attempt({
      value: input,
      localErrors: draft.code.trim() ? {} : { code: NO_CODE },
      send: () => call('station.pair', input),
    });
    if (!outcome.ok) return;
    const server = serverAddress.safeParse(draft.address);
    const where = server.success ? server.data : draft.address;
    onPaired(`Este equipo es ahora el puesto ${outcome.data.name} del servidor ${where}; ingrese con su usuario del servidor.`);
  }

  return (
    <FormDialog
      open
      title="Conectar a un servidor"
      submitLabel="VINCULAR"
      message={message}
      busy={busy}
      onSubmit={() => void pair()}
      onClose={onClose}
      maxWidth="sm"
    >
      <TextField
        label="Dirección del servidor"
        name="address"
        autoFocus
        value={draft.address}
        onChange={(e) => change('address', e.target.value)}
        error={Boolean(errors.address)}
        helperText={errors.address ?? 'Como la muestra el servidor en ADMINISTRACIÓN → Puestos y red, p. ej. 192.168.1.10:8443'}
      />
      <TextField
        label="Código de vinculación"
        name="code"
        autoComplete="off"
        value={draft.code}
        onChange={(e) => change('code', e.target.value)}
        error={Boolean(errors.code)}
        helperText={errors.code ?? 'El que dio el servidor para este puesto, p. ej. ABCD-EFGH-JKMN'}
        slotProps={{ htmlInput: { sx: { fontFamily: 'monospace', letterSpacing: 1 } } }}
      />
      <ServerSearch
        picked={picked?.address ?? null}
        onPick={(server) => {
          setPicked(server);
          change('address', server.address);
        }}
      />
    </FormDialog>
  );
}
