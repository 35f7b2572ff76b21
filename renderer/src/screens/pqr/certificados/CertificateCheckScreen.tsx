import SearchIcon from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { noDebtContract } from '../../../../../electron/core/contract/no-debt.contract';
import { call, type Output } from '../../../api';
import type { ScreenProps } from '../../../app/menu';
import { focusSoon } from '../../../components/keyboard';
import { Panel } from '../../../components/Panel';
import { useForm } from '../../../components/use-form';

const checkInput = noDebtContract['noDebtCertificates.check'].input;
type Check = Output<'noDebtCertificates.check'>;

/**
 * PQR → Consultar certificado (seed 004): anyone at the counter types a certificado de no adeudo's
 * number and Enter; the core says whose it is and whether it is VIGENTE (until when) or VENCIDO.
 * An expired one is said at the field, like a number that does not exist.
 */
export function CertificateCheckScreen({ activation }: ScreenProps) {
  const [number, setNumber] = useState('');
  const [found, setFound] = useState<Check | null>(null);
  const { errors, message, busy, submit, forget } = useForm(checkInput, ['number']);
  const fieldRef = useRef<HTMLInputElement>(null);

  useEffect(() => focusSoon(() => fieldRef.current), [activation]);

  async function consult(event: FormEvent) {
    event.preventDefault();
    setFound(null);
    const value = { number };
    const answer = await submit(value, () => call('noDebtCertificates.check', value));
    setFound(answer);
    fieldRef.current?.select();
  }

  const expired = found?.status === 'VENCIDO';
  const fieldError = errors.number ?? (expired ? found.message : undefined);

  return (
    <Panel title="Consultar certificado de no adeudo">
      <Box
        component="form"
        noValidate
        onSubmit={consult}
        aria-label="Consultar certificado"
        sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, maxWidth: 760 }}
      >
        {message && (
          <Alert severity="error" role="alert">
            {message}
          </Alert>
        )}
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
          <TextField
            label="Número del certificado"
            name="number"
            value={number}
            onChange={(e) => {
              setNumber(e.target.value);
              setFound(null);
              forget('number');
            }}
            error={Boolean(fieldError)}
            helperText={fieldError ?? 'Como está impreso: CND-2026-000123. Enter: CONSULTAR.'}
            inputRef={fieldRef}
            autoComplete="off"
            sx={{ minWidth: 320, flex: 1 }}
          />
          <Button type="submit" variant="contained" startIcon={<SearchIcon />} disabled={busy} sx={{ mt: 0.25 }}>
            CONSULTAR
          </Button>
        </Box>
        {found && !expired && (
          <Alert severity="success" role="status" aria-label="Certificado vigente">
            {found.message}
          </Alert>
        )}
      </Box>
    </Panel>
  );
}
