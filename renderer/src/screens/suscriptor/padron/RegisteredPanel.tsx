import AddIcon from '@mui/icons-material/Add';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { DataList } from '../../../components/DataList';
import { Panel } from '../../../components/Panel';
import { STATUS_LABELS } from '../../../format/labels';
import type { Registered } from './RegisterForm';

interface Props {
  subscriber: Registered;
  onNew(): void;
  /** Opens it below to edit it or change its state (roles that may). */
  onOpen?(): void;
  activation: number;
}

/** After GUARDAR: the new subscriber's código, big, as the counter will type it from now on. */
export function RegisteredPanel({ subscriber, onNew, onOpen, activation }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [activation]);

  return (
    <Panel title="Suscriptor matriculado">
      <Box ref={box} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Box>
          <Typography variant="caption" color="text.secondary" component="div">
            Código del suscriptor
          </Typography>
          <Typography
            component="h1"
            aria-label="Código del suscriptor matriculado"
            sx={{ fontSize: '2.2rem', fontWeight: 700, fontFamily: 'monospace', lineHeight: 1.1, color: 'primary.dark' }}
          >
            {subscriber.code}
          </Typography>
        </Box>
        <DataList
          items={[
            ['Titular', `${subscriber.ownerName} · ${subscriber.ownerDocument}`],
            ['Dirección', `${subscriber.address} · ${subscriber.neighborhood}`],
            ['Ruta', `${subscriber.routeCode} · ${subscriber.zoneName}`],
            ['Estado', STATUS_LABELS[subscriber.status]],
          ]}
        />
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button variant="contained" startIcon={<AddIcon />} onClick={onNew}>
            NUEVA MATRÍCULA
          </Button>
          {onOpen && (
            <Button variant="outlined" startIcon={<OpenInNewIcon />} onClick={onOpen}>
              ABRIR SUSCRIPTOR
            </Button>
          )}
        </Box>
      </Box>
    </Panel>
  );
}
