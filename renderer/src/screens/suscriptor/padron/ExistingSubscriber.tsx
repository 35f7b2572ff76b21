import EditIcon from '@mui/icons-material/Edit';
import PersonIcon from '@mui/icons-material/PersonOutlined';
import SwapIcon from '@mui/icons-material/SwapHoriz';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState, type ReactNode, type RefObject } from 'react';
import { may } from '../../../../../electron/core/contract/may';
import type { ProcedureName } from '../../../api';
import { usePadronSubscriber, type PadronOptions } from '../../../api/padron';
import { useSessionInfo } from '../../../app/session-context';
import { focusSoon } from '../../../components/keyboard';
import { PadronHistory } from '../../../components/padron/PadronHistory';
import { PadronCodeField } from '../../../components/subscriber/SubscriberCodeField';
import { EditPremisesForm } from './EditPremisesForm';
import { OwnerForm } from './OwnerForm';
import { StatusForm } from './StatusForm';

type Action = 'edit' | 'status' | 'owner';

const ACTIONS: readonly { action: Action; label: string; procedure: ProcedureName; icon: ReactNode }[] = [
  { action: 'edit', label: 'EDITAR DATOS', procedure: 'padron.update', icon: <EditIcon /> },
  { action: 'status', label: 'CAMBIAR ESTADO', procedure: 'padron.changeStatus', icon: <SwapIcon /> },
  { action: 'owner', label: 'CAMBIO DE TITULAR', procedure: 'padron.changeOwner', icon: <PersonIcon /> },
];

interface Props {
  /** The código opened (Enter, or ABRIR SUSCRIPTOR after a matrícula). */
  opened: string | null;
  onOpen(code: string): void;
  /** The lists of the edit form; null for roles that do not edit. */
  options: PadronOptions | null;
  inputRef: RefObject<HTMLInputElement | null>;
}

/**
 * A subscriber of the padrón by código, the changes the role may make to it, and its history.
 * What is shown is read again after each change, so the state and the titular are the core's.
 */
export function ExistingSubscriber({ opened, onOpen, options, inputRef }: Props) {
  const { user } = useSessionInfo();
  const [code, setCode] = useState(opened ?? '');
  const [shown, setShown] = useState(opened);
  const [action, setAction] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const view = usePadronSubscriber(opened);
  const subscriber = view.data;

  // Another subscriber opened: what was being done to the previous one is dropped.
  if (shown !== opened) {
    setShown(opened);
    setCode(opened ?? '');
    setAction(null);
    setNotice(null);
  }

  function open(found: string) {
    if (found === opened) view.reload();
    onOpen(found);
    setAction(null);
    setNotice(null);
  }

  function done(text: string) {
    setAction(null);
    setNotice(text);
    focusSoon(() => inputRef.current);
  }

  const allowed = ACTIONS.filter((a) => may(a.procedure, user.role) && (a.action !== 'edit' || options !== null));
  const close = () => setAction(null);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      <PadronCodeField
        code={code}
        onCodeChange={setCode}
        subscriber={subscriber}
        onOpen={(found) => open(found.code)}
        inputRef={inputRef}
        blockCancelled={false}
      />
      {view.error && <Alert severity="error">{view.error}</Alert>}
      {subscriber && allowed.length > 0 && (
        <Box role="toolbar" aria-label="Acciones del padrón" sx={{ display: 'flex', gap: 1 }}>
          {allowed.map((a) => (
            <Button
              key={a.action}
              variant={action === a.action ? 'contained' : 'outlined'}
              startIcon={a.icon}
              onClick={() => {
                setNotice(null);
                setAction(a.action);
              }}
            >
              {a.label}
            </Button>
          ))}
        </Box>
      )}
      {notice && (
        <Alert severity="success" role="status" onClose={() => setNotice(null)}>
          {notice}
        </Alert>
      )}
      {subscriber && action === 'edit' && options && (
        <EditPremisesForm
          subscriber={subscriber}
          options={options}
          onSaved={(s) => done(`Datos del suscriptor ${s.code} guardados.`)}
          onCancel={close}
        />
      )}
      {subscriber && action === 'status' && (
        <StatusForm
          subscriber={subscriber}
          onSaved={(s) => done(`El suscriptor ${s.code} quedó ${s.status}.`)}
          onCancel={close}
        />
      )}
      {subscriber && action === 'owner' && (
        <OwnerForm
          subscriber={subscriber}
          onSaved={(s) => done(`Nuevo titular del suscriptor ${s.code}: ${s.ownerName}.`)}
          onCancel={close}
        />
      )}
      {subscriber && may('padron.history', user.role) && <PadronHistory code={subscriber.code} />}
    </Box>
  );
}
