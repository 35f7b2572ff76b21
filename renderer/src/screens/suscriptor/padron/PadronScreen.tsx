import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useEffect, useRef, useState } from 'react';
import { may } from '../../../../../electron/core/contract/may';
import { usePadronOptions } from '../../../api/padron';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import { focusSoon } from '../../../components/keyboard';
import { ExistingSubscriber } from './ExistingSubscriber';
import { RegisteredPanel } from './RegisteredPanel';
import { RegisterForm, type Registered } from './RegisterForm';

type Part = 'alta' | 'existente';

/**
 * SUSCRIPTOR → Padrón: the alta de suscriptor (matrícula), and for a subscriber opened by código
 * its edits, lifecycle and cambio de titular with their history. Each part and each button is
 * shown to the roles the contract admits; the core checks again on every call.
 */
export function PadronScreen({ active, activation }: ScreenProps) {
  const { user } = useSessionInfo();
  const mayRegister = may('padron.register', user.role);
  const mayOpen = may('padron.subscriber', user.role);
  const [part, setPart] = useState<Part>(mayRegister ? 'alta' : 'existente');
  const options = usePadronOptions(may('padron.options', user.role), active);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const [round, setRound] = useState(0);
  const [opened, setOpened] = useState<string | null>(null);
  const codeRef = useRef<HTMLInputElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // The alta's form shows once the lists are read: the focus goes to its código then.
  const ready = options.data !== null;
  useEffect(() => {
    if (active) focusSoon(() => (part === 'alta' ? codeRef.current : searchRef.current));
  }, [active, activation, part, round, ready]);

  function startOver() {
    setRegistered(null);
    setRound((n) => n + 1);
  }

  function openRegistered(code: string) {
    setOpened(code);
    setPart('existente');
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, maxWidth: 1180 }}>
      {mayRegister && mayOpen && (
        <Tabs value={part} onChange={(_, p: Part) => setPart(p)} aria-label="Padrón" sx={{ minHeight: 36 }}>
          <Tab value="alta" label="Alta de suscriptor (matrícula)" sx={{ minHeight: 36 }} />
          <Tab value="existente" label="Suscriptor existente" sx={{ minHeight: 36 }} />
        </Tabs>
      )}
      {options.error && <Alert severity="error">{options.error}</Alert>}
      {mayRegister && (
        <Box component="section" aria-label="Alta de suscriptor (matrícula)" hidden={part !== 'alta'}>
          {registered ? (
            <RegisteredPanel
              subscriber={registered}
              onNew={startOver}
              onOpen={mayOpen ? () => openRegistered(registered.code) : undefined}
              activation={activation + round}
            />
          ) : options.data ? (
            <RegisterForm key={round} options={options.data} onSaved={setRegistered} codeRef={codeRef} />
          ) : (
            <LinearProgress aria-label="Cargando zonas y rutas" />
          )}
        </Box>
      )}
      {mayOpen && (
        <Box component="section" aria-label="Suscriptor existente" hidden={part !== 'existente'}>
          <ExistingSubscriber opened={opened} onOpen={setOpened} options={options.data} inputRef={searchRef} />
        </Box>
      )}
    </Box>
  );
}
