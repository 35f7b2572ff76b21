import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { LAND_USES, SERVICES, type LandUse } from '../../../../../db/schema/enums';
import type { PadronOptions } from '../../../api/padron';
import type { FieldErrors } from '../../../components/form-errors';
import { LAND_USE_LABELS } from '../../../format/labels';
import { FieldText } from './FieldText';
import { SERVICE_FLAGS, zoneChange, type PremisesDraft } from './premises-draft';

type Field = keyof PremisesDraft;

interface Props {
  draft: PremisesDraft;
  update(patch: Partial<PremisesDraft>, ...changed: Field[]): void;
  errors: FieldErrors;
  options: PadronOptions;
}

const GRID = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))', columnGap: 1.5, rowGap: 0.5 };

function Select(props: {
  label: string;
  name: Field;
  value: string | number | null;
  onChange(value: string): void;
  error?: string;
  help?: string;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <TextField
      select
      label={props.label}
      name={props.name}
      value={props.value ?? ''}
      onChange={(e) => props.onChange(e.target.value)}
      error={Boolean(props.error)}
      helperText={props.error ?? props.help ?? ' '}
      disabled={props.disabled}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      {props.children}
    </TextField>
  );
}

/** Dirección, barrio, zona → ruta of that zona, uso and, for residential use, estrato. */
export function PremisesFields({ draft, update, errors, options }: Props) {
  const text = (name: 'address' | 'neighborhood' | 'stratum', label: string, help?: string) => (
    <FieldText
      label={label}
      name={name}
      value={draft[name]}
      onChange={(value) => update({ [name]: value }, name)}
      error={errors[name]}
      help={help}
      slotProps={name === 'stratum' ? { htmlInput: { inputMode: 'numeric', maxLength: 2 } } : undefined}
    />
  );
  const routes = options.routes.filter((r) => r.zoneId === draft.zoneId);
  return (
    <Box sx={GRID}>
      <Box sx={{ gridColumn: 'span 2' }}>{text('address', 'Dirección')}</Box>
      {text('neighborhood', 'Barrio')}
      <Select
        label="Zona"
        name="zoneId"
        value={draft.zoneId}
        onChange={(v) => update(zoneChange(v === '' ? null : Number(v), options), 'zoneId', 'routeId')}
        error={errors.zoneId}
      >
        <option value="">Elija la zona…</option>
        {options.zones.map((z) => (
          <option key={z.id} value={z.id}>
            {z.name}
          </option>
        ))}
      </Select>
      <Select
        label="Ruta"
        name="routeId"
        value={draft.routeId}
        onChange={(v) => update({ routeId: v === '' ? null : Number(v) }, 'routeId')}
        error={errors.routeId}
        help={draft.zoneId === null ? 'Primero la zona' : undefined}
        disabled={draft.zoneId === null}
      >
        <option value="">{draft.zoneId === null ? '—' : 'Elija la ruta…'}</option>
        {routes.map((r) => (
          <option key={r.id} value={r.id}>
            {r.code} · {r.name}
          </option>
        ))}
      </Select>
      <Select
        label="Uso"
        name="landUse"
        value={draft.landUse}
        onChange={(v) => update({ landUse: v as LandUse }, 'landUse', 'stratum')}
        error={errors.landUse}
      >
        {LAND_USES.map((u) => (
          <option key={u} value={u}>
            {LAND_USE_LABELS[u]}
          </option>
        ))}
      </Select>
      {draft.landUse === 'RESIDENCIAL' ? text('stratum', 'Estrato', 'De 1 a 6') : <Box />}
    </Box>
  );
}

/** Acueducto, alcantarillado, aseo (those the catalog offers, or already given) and the meter. */
export function ServicesFields({ draft, update, errors, options }: Props) {
  const names = new Map(options.services.map((s) => [s.code, s.name]));
  const shown = SERVICES.filter((s) => names.has(s) || draft[SERVICE_FLAGS[s]]);
  const servicesError = errors.aqueduct ?? errors.sewer ?? errors.waste;
  const meterText = (name: 'meterSerial' | 'meterBrand', label: string) => (
    <FieldText
      label={label}
      name={name}
      value={draft.hasMeter ? draft[name] : ''}
      onChange={(value) => update({ [name]: value }, name)}
      disabled={!draft.hasMeter}
      error={errors[name]}
    />
  );
  return (
    <Box sx={GRID}>
      <FormControl error={Boolean(servicesError)} sx={{ gridColumn: 'span 2' }}>
        <FormLabel sx={{ fontSize: '0.8rem' }}>Servicios</FormLabel>
        <FormGroup row>
          {shown.map((s) => {
            const flag = SERVICE_FLAGS[s];
            return (
              <FormControlLabel
                key={s}
                label={names.get(s) ?? s}
                control={
                  <Checkbox
                    name={flag}
                    checked={draft[flag]}
                    onChange={(e) => update({ [flag]: e.target.checked }, 'aqueduct', 'sewer', 'waste')}
                  />
                }
              />
            );
          })}
        </FormGroup>
        <FormHelperText>{servicesError ?? ' '}</FormHelperText>
      </FormControl>
      <FormControlLabel
        label="Tiene medidor"
        control={
          <Checkbox
            name="hasMeter"
            checked={draft.hasMeter}
            onChange={(e) => update({ hasMeter: e.target.checked }, 'hasMeter', 'meterSerial', 'meterBrand')}
          />
        }
        sx={{ alignSelf: 'start', mt: 2 }}
      />
      {meterText('meterSerial', 'Serial del medidor')}
      {meterText('meterBrand', 'Marca del medidor')}
    </Box>
  );
}
