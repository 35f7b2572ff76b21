import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { companyContract, type CompanyProfile } from '../../../../../electron/core/contract/company.contract';
import { call } from '../../../api';
import { companyQuery, useCompany } from '../../../api/company';
import type { ScreenProps } from '../../../app/menu';
import { useSession } from '../../../app/session-context';
import { Panel } from '../../../components/Panel';
import { useForm } from '../../../components/use-form';
import { LOCALE_LABELS } from '../../../format/labels';
import { LogoField } from './LogoField';

const schema = companyContract['company.update'].input;
const FIELDS = ['name', 'nit', 'address', 'phone', 'city', 'logo', 'currency', 'locale'] as const;
type TextKey = 'name' | 'nit' | 'address' | 'phone' | 'city';

const CURRENCIES: Record<CompanyProfile['currency'], string> = { COP: 'COP — Peso colombiano', MXN: 'MXN — Peso mexicano' };

/** ADMINISTRACIÓN → Empresa: what every printed document says about the utility. */
export function CompanyScreen({ active, activation }: ScreenProps) {
  // The session's company profile: the form starts from it, and what is typed stays on coming back.
  const { company, error: loadError } = useCompany();
  const [typed, setTyped] = useState<CompanyProfile | null>(null);
  const draft = typed ?? company;
  const [saved, setSaved] = useState(false);
  const { errors, message, busy, submit } = useForm(schema, FIELDS);
  const { refresh } = useSession();
  const client = useQueryClient();
  const nameRef = useRef<HTMLInputElement>(null);

  const loaded = draft !== null;
  useEffect(() => {
    if (active && loaded) nameRef.current?.focus();
  }, [active, activation, loaded]);

  const update = (patch: Partial<CompanyProfile>) => {
    setSaved(false);
    setTyped((d) => {
      const base = d ?? company;
      return base && { ...base, ...patch };
    });
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!draft) return;
    const result = await submit(draft, () => call('company.update', draft));
    if (!result) return;
    // Every document header and export reads the profile from the session's cache.
    client.setQueryData(companyQuery().queryKey, result);
    setTyped(null);
    setSaved(true);
    // The session carries the locale and currency every date and amount is written with.
    const session = await call('auth.session', {});
    if (session.ok) refresh(session.data);
  }

  if (!draft) {
    return (
      <Panel title="Empresa">
        {loadError ? (
          <Alert severity="error" role="alert">
            {loadError}
          </Alert>
        ) : (
          <LinearProgress aria-label="Cargando datos de la empresa" />
        )}
      </Panel>
    );
  }

  const text = (key: TextKey, label: string, help = ' ') => (
    <TextField
      label={label}
      name={key}
      inputRef={key === 'name' ? nameRef : undefined}
      value={draft[key]}
      onChange={(e) => update({ [key]: e.target.value })}
      error={Boolean(errors[key])}
      helperText={errors[key] ?? help}
    />
  );

  return (
    <Panel title="Empresa" sx={{ maxWidth: 980 }}>
      <Box component="form" noValidate onSubmit={(e) => void save(e)} aria-label="Datos de la empresa">
        {message && (
          <Alert severity="error" role="alert" sx={{ mb: 1.5 }}>
            {message}
          </Alert>
        )}
        {saved && (
          <Alert severity="success" role="status" onClose={() => setSaved(false)} sx={{ mb: 1.5 }}>
            Datos de la empresa guardados. Los documentos que se impriman desde ahora los usan.
          </Alert>
        )}
        <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 2fr) minmax(0, 1fr)', gap: 2 }}>
          <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 1.5, rowGap: 1.5, alignContent: 'start' }}>
            <Box sx={{ gridColumn: '1 / -1' }}>
              {text('name', 'Nombre de la empresa', 'Como aparece en el encabezado de los documentos')}
            </Box>
            {text('nit', 'NIT', 'Con dígito de verificación, p. ej. 900123456-8')}
            {text('phone', 'Teléfono')}
            {text('address', 'Dirección')}
            {text('city', 'Ciudad')}
            <TextField
              select
              label="Moneda"
              name="currency"
              value={draft.currency}
              onChange={(e) => update({ currency: e.target.value as CompanyProfile['currency'] })}
              error={Boolean(errors.currency)}
              helperText={errors.currency ?? ' '}
              slotProps={{ select: { native: true } }}
            >
              {Object.entries(CURRENCIES).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </TextField>
            <TextField
              select
              label="Configuración regional"
              name="locale"
              value={draft.locale}
              onChange={(e) => update({ locale: e.target.value as CompanyProfile['locale'] })}
              error={Boolean(errors.locale)}
              helperText={errors.locale ?? ' '}
              slotProps={{ select: { native: true } }}
            >
              {Object.entries(LOCALE_LABELS).map(([code, label]) => (
                <option key={code} value={code}>
                  {label}
                </option>
              ))}
            </TextField>
          </Box>
          <LogoField value={draft.logo} error={errors.logo} onChange={(logo) => update({ logo })} />
        </Box>
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 1.5 }}>
          <Button type="submit" variant="contained" disabled={busy}>
            GUARDAR
          </Button>
        </Box>
      </Box>
    </Panel>
  );
}
