import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  EXPORT_SOURCES,
  type ExportFormat,
  type ExportKind,
} from '../../../../electron/core/contract/export-file.contract';
import { MAX_EXPORT_DAYS } from '../../../../electron/core/contract/exports.contract';
import { may } from '../../../../electron/core/contract/may';
import type { ApiError } from '../../api';
import { exportFile, type ExportRequest } from '../../api/exports';
import type { ScreenProps } from '../../app/menu';
import { useSessionInfo } from '../../app/session-context';
import { Panel } from '../../components/Panel';
import { formatNumber } from '../../format/format';

const KIND_LABELS: Record<ExportKind, { label: string; help: string }> = {
  PAGOS: { label: 'Pagos del día', help: 'Una fila por lo que pagó cada recibo, para facturación y la conciliación bancaria' },
  PADRON: { label: 'Padrón de suscriptores', help: 'Todos los suscriptores con su titular' },
  TRAMITES: { label: 'Trámites de un periodo', help: `Los trámites radicados entre dos fechas (máximo ${MAX_EXPORT_DAYS} días)` },
};

/** Where the core's refusal goes: the field it names. */
type Field = 'date' | 'from' | 'to' | 'form';
function fieldOf(error: ApiError): Field {
  const field = error.issues?.[0]?.field ?? '';
  if (field === 'date') return 'date';
  if (field.endsWith('from')) return 'from';
  if (field.endsWith('to') || field === 'period') return 'to';
  return 'form';
}

const filas = (n: number) => `${formatNumber(n)} ${n === 1 ? 'fila' : 'filas'}`;

/**
 * REPORTES → Exportar: the day's payments, the padrón or a period's trámites, as CSV or XLSX.
 * Only the kinds the role may export are offered; the core checks it again.
 */
export function ExportScreen({ active, activation }: ScreenProps) {
  const { today, user } = useSessionInfo();
  const kinds = EXPORT_KINDS.filter((k) => may(EXPORT_SOURCES[k], user.role));
  const [kind, setKind] = useState<ExportKind>(kinds[0] ?? 'PAGOS');
  const [format, setFormat] = useState<ExportFormat>('csv');
  const [date, setDate] = useState(today);
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const kindRef = useRef<HTMLInputElement>(null);
  const run = useMutation({
    mutationFn: async (request: ExportRequest) => {
      const result = await exportFile(request);
      if (!result.ok) throw result.error;
      return result.data;
    },
  });
  const error = run.error as ApiError | null;
  const errorAt = error ? fieldOf(error) : null;
  const message = (field: Field) => (errorAt === field ? error!.message : null);

  useEffect(() => {
    if (active) kindRef.current?.focus();
  }, [active, activation]);

  function submit() {
    const request: ExportRequest =
      kind === 'PAGOS' ? { kind, format, date } : kind === 'TRAMITES' ? { kind, format, period: { from, to } } : { kind, format };
    run.mutate(request);
  }

  return (
    <Panel title="Exportar datos de la oficina">
      <Box
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
        sx={{ display: 'flex', flexDirection: 'column', gap: 2, maxWidth: 560 }}
      >
        <TextField
          select
          label="Qué exportar"
          value={kind}
          onChange={(e) => {
            setKind(e.target.value as ExportKind);
            run.reset();
          }}
          inputRef={kindRef}
          helperText={KIND_LABELS[kind].help}
        >
          {kinds.map((k) => (
            <MenuItem key={k} value={k}>
              {KIND_LABELS[k].label}
            </MenuItem>
          ))}
        </TextField>
        {kind === 'PAGOS' && (
          <TextField
            label="Fecha"
            type="date"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            error={Boolean(message('date'))}
            helperText={message('date') ?? 'Los recibos de ese día, los anulados marcados'}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        )}
        {kind === 'TRAMITES' && (
          <Box sx={{ display: 'flex', gap: 2 }}>
            <TextField
              label="Desde"
              type="date"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              error={Boolean(message('from'))}
              helperText={message('from') ?? ' '}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ flex: 1 }}
            />
            <TextField
              label="Hasta"
              type="date"
              value={to}
              onChange={(e) => setTo(e.target.value)}
              error={Boolean(message('to'))}
              helperText={message('to') ?? ' '}
              slotProps={{ inputLabel: { shrink: true } }}
              sx={{ flex: 1 }}
            />
          </Box>
        )}
        <FormControl>
          <FormLabel id="export-format">Formato</FormLabel>
          <RadioGroup
            row
            aria-labelledby="export-format"
            value={format}
            onChange={(e) => setFormat(e.target.value as ExportFormat)}
          >
            {EXPORT_FORMATS.map((f) => (
              <FormControlLabel
                key={f}
                value={f}
                control={<Radio />}
                label={f === 'csv' ? 'CSV (separado por ;)' : 'XLSX (Excel)'}
              />
            ))}
          </RadioGroup>
        </FormControl>
        <Box>
          <Button type="submit" variant="contained" startIcon={<DownloadIcon />} disabled={run.isPending}>
            EXPORTAR
          </Button>
        </Box>
        {run.isPending && <LinearProgress aria-label="Exportando" />}
        {message('form') && <Alert severity="error">{message('form')}</Alert>}
        {run.isSuccess && (
          <Alert severity="success" role="status">
            Se descargó {run.data.fileName} ({filas(run.data.rows)}).
          </Alert>
        )}
      </Box>
    </Panel>
  );
}
