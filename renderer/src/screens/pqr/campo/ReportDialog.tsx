import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { fieldReportInput } from '../../../../../electron/core/contract/fieldwork.contract';
import { call, type Output } from '../../../api';
import { useProcedure } from '../../../api/queries';
import { useSessionInfo } from '../../../app/session-context';
import { formMessage, serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form-errors';
import { focusSoon, onEnter } from '../../../components/keyboard';
import { MaterialsEditor } from './MaterialsEditor';
import { PhotosField } from './PhotosField';
import { emptyReport, reportInput, type ProductRow, type ReportDraft } from './report-draft';
import type { OpenOrderRow } from './use-field-work';

export type ReportResult = Output<'fieldWork.report'>;

interface Props {
  order: OpenOrderRow;
  onClose(): void;
  onSaved(result: ReportResult): void;
}

const SHOWN = ['visitedOn', 'findings', 'actions', 'meterReading', 'done', 'materials'];

/** The first message about the photos or the materials, whichever line it is on. */
const firstUnder = (errors: FieldErrors, prefix: string) =>
  Object.entries(errors).find(([field]) => field === prefix || field.startsWith(`${prefix}.`))?.[1];

/**
 * Registrar informe (seeds 001 step 34, 002 step 15): what the field worker wrote on the order,
 * typed in by whoever assigned it. GUARDAR closes the order; the trámite moves on.
 */
export function ReportDialog({ order, onClose, onSaved }: Props) {
  const { today } = useSessionInfo();
  const [draft, setDraft] = useState<ReportDraft>(() => emptyReport(today));
  // The catalog to pick materials from; without it, materials cannot be listed (the report still can).
  const catalog = useProcedure('products.list', {});
  const products: ProductRow[] | null = catalog.data ?? (catalog.error ? [] : null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);
  const findingsRef = useRef<HTMLInputElement>(null);
  const actionsRef = useRef<HTMLInputElement>(null);
  const readingRef = useRef<HTMLInputElement>(null);
  const doneRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    focusSoon(() => dateRef.current);
  }, []);

  const set = <K extends keyof ReportDraft>(key: K, value: ReportDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    // A photo or a material line carries its errors under its index ("photos.1.dataBase64").
    setErrors((e) => Object.fromEntries(Object.entries(e).filter(([f]) => f !== key && !f.startsWith(`${key}.`))));
  };

  const FOCUS: Record<string, () => HTMLElement | null> = {
    visitedOn: () => dateRef.current,
    findings: () => findingsRef.current,
    actions: () => actionsRef.current,
    meterReading: () => readingRef.current,
    done: () => doneRef.current,
  };
  const focusFirst = (found: FieldErrors) => {
    const field = SHOWN.find((f) => found[f]);
    if (field && FOCUS[field]) focusSoon(FOCUS[field]);
  };

  async function save() {
    if (busy) return;
    const input = reportInput(order.filingNumber, draft);
    const checked = fieldReportInput.safeParse(input);
    if (!checked.success) {
      const found = zodFieldErrors(checked.error);
      setErrors(found);
      setMessage(null);
      return focusFirst(found);
    }
    setBusy(true);
    const result = await call('fieldWork.report', checked.data);
    setBusy(false);
    if (!result.ok) {
      const found = serverFieldErrors(result.error);
      setErrors(found);
      const shown = Object.keys(found).filter((f) => SHOWN.includes(f) || f.startsWith('photos.') || f.startsWith('materials.'));
      setMessage(formMessage(result.error, found, shown));
      return focusFirst(found);
    }
    onSaved(result.data);
  }

  return (
    <Dialog open onClose={busy ? undefined : onClose} maxWidth="md" fullWidth>
      <Box
        component="form"
        aria-label={`Registrar informe de ${order.number}`}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <DialogTitle>
          Registrar informe · {order.number}
          <Typography variant="body2" color="text.secondary">
            {order.filingNumber} · {order.cause} · {order.subscriberCode} {order.subscriberName} · {order.fieldWorker}
          </Typography>
        </DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, pt: '8px !important' }}>
          {message && (
            <Alert severity="error" role="alert">
              {message}
            </Alert>
          )}
          <Box sx={{ display: 'grid', gridTemplateColumns: '180px 180px 1fr', gap: 1.5, alignItems: 'start' }}>
            <TextField
              label="Fecha de la visita"
              name="visitedOn"
              type="date"
              value={draft.visitedOn}
              onChange={(e) => set('visitedOn', e.target.value)}
              onKeyDown={(e) => onEnter(e, () => focusSoon(() => findingsRef.current))}
              inputRef={dateRef}
              error={Boolean(errors.visitedOn)}
              helperText={errors.visitedOn ?? ' '}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
            />
            <TextField
              label="Lectura del medidor"
              name="meterReading"
              value={draft.meterReading}
              onChange={(e) => set('meterReading', e.target.value)}
              onKeyDown={(e) => onEnter(e, () => focusSoon(() => doneRef.current))}
              inputRef={readingRef}
              autoComplete="off"
              error={Boolean(errors.meterReading)}
              helperText={errors.meterReading ?? (order.hasMeter ? 'Opcional' : 'Sin medidor registrado')}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
            />
            <FormControl error={Boolean(errors.done)}>
              <FormLabel id="report-done">¿Se realizó el trabajo?</FormLabel>
              <RadioGroup
                row
                aria-labelledby="report-done"
                name="done"
                value={draft.done === null ? '' : draft.done ? 'SI' : 'NO'}
                onChange={(e) => set('done', e.target.value === 'SI')}
              >
                <FormControlLabel value="SI" control={<Radio slotProps={{ input: { ref: doneRef } }} />} label="Sí" />
                <FormControlLabel value="NO" control={<Radio />} label="No: vuelve a la cola" />
              </RadioGroup>
              <FormHelperText>
                {errors.done ??
                  (draft.done && order.restoresService ? 'El suscriptor quedará ACTIVO y el trámite se cerrará.' : ' ')}
              </FormHelperText>
            </FormControl>
          </Box>
          <TextField
            label="Hallazgos"
            name="findings"
            value={draft.findings}
            onChange={(e) => set('findings', e.target.value)}
            onKeyDown={(e) => onEnter(e, () => focusSoon(() => actionsRef.current))}
            inputRef={findingsRef}
            multiline
            minRows={2}
            error={Boolean(errors.findings)}
            helperText={errors.findings ?? 'Lo que encontró el contratista. Mayús+Enter: nueva línea.'}
          />
          <TextField
            label="Acciones realizadas"
            name="actions"
            value={draft.actions}
            onChange={(e) => set('actions', e.target.value)}
            onKeyDown={(e) => onEnter(e, () => focusSoon(() => readingRef.current))}
            inputRef={actionsRef}
            multiline
            minRows={2}
            error={Boolean(errors.actions)}
            helperText={errors.actions ?? ' '}
          />
          <Typography variant="subtitle2">Materiales utilizados</Typography>
          <MaterialsEditor
            products={products}
            materials={draft.materials}
            onChange={(materials) => set('materials', materials)}
            error={firstUnder(errors, 'materials')}
          />
          <Typography variant="subtitle2">Fotos y soportes</Typography>
          <PhotosField photos={draft.photos} onChange={(photos) => set('photos', photos)} error={firstUnder(errors, 'photos')} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={busy}>
            Cancelar
          </Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {busy ? 'GUARDANDO…' : 'GUARDAR'}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
