import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import type { ScreenProps } from '../../app/menu';
import { Panel } from '../../components/Panel';
import { PartyLookup } from '../../components/party/PartyLookup';

/** SUSCRIPTOR → Terceros: find a person or company by document, add or correct it. */
export function PartiesScreen({ active, activation }: ScreenProps) {
  const inputRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (active) inputRef.current?.focus();
  }, [active, activation]);

  return (
    <Panel title="Terceros">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1.5 }}>
        Busque a la persona o empresa por su número de documento. Si no está registrada, agréguela con +.
      </Typography>
      <PartyLookup inputRef={inputRef} autoFocus />
    </Panel>
  );
}
