import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { assignInput } from '../../../../../electron/core/contract/fieldwork.contract';
import { call, type Output } from '../../../api';
import { DataList } from '../../../components/DataList';
import { formMessage, serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form-errors';
import { focusSoon, onEnter } from '../../../components/keyboard';
import { Panel } from '../../../components/Panel';
import { PrintButton } from '../../../documents';
import type { FieldWorkerRow } from './use-field-work';
import { WorkerPicker } from './WorkerPicker';

export type WorkOrderView = Output<'fieldWork.assign'>;

/** What is being assigned: a trámite of the queue, or one in the field to reassign. */
export interface AssignTarget {
  filingNumber: string;
  summary: readonly (readonly [string, string])[];
  /** The open order a reassignment voids. */
  replaces?: { number: string; fieldWorker: string };
}

interface Props {
  target: AssignTarget | null;
  workers: readonly FieldWorkerRow[] | null;
}

const SHOWN = ['fieldWorkerId', 'instructions', 'reason'];

/**
 * ASIGNAR (seeds 001 step 33, 002 step 14): field worker, instructions, then IMPRIMIR ORDEN.
 * Rendered with a key per target, so each trámite starts with an empty form.
 */
export function AssignPanel({ target, workers }: Props) {
  const [worker, setWorker] = useState<FieldWorkerRow | null>(null);
  const [instructions, setInstructions] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [assigned, setAssigned] = useState<WorkOrderView | null>(null);
  const workerRef = useRef<HTMLInputElement>(null);
  const instructionsRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  // A new target remounts the panel (its key): the form starts empty, at the contratista.
  useEffect(() => {
    focusSoon(() => workerRef.current);
  }, []);

  useEffect(() => {
    if (assigned) resultRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [assigned]);

  async function submit() {
    if (!target || busy) return;
    const input = {
      filingNumber: target.filingNumber,
      fieldWorkerId: worker?.id,
      instructions,
      ...(target.replaces ? { reason } : {}),
    };
    const checked = assignInput.safeParse(input);
    if (!checked.success) {
      const found = zodFieldErrors(checked.error);
      setErrors(found);
      return focusSoon(() =>
        found.fieldWorkerId ? workerRef.current : found.reason ? reasonRef.current : instructionsRef.current,
      );
    }
    setBusy(true);
    const result = await call('fieldWork.assign', input);
    setBusy(false);
    if (!result.ok) {
      const found = serverFieldErrors(result.error);
      setErrors(found);
      setMessage(formMessage(result.error, found, SHOWN));
      return;
    }
    // The lists read themselves again: the trámite left the queue.
    setAssigned(result.data);
  }

  if (!target) {
    return (
      <Panel title="Asignación">
        <Typography variant="body2" color="text.secondary">
          Elija un trámite de la lista (Enter) o Reasignar en una orden abierta.
        </Typography>
      </Panel>
    );
  }

  if (assigned) {
    return (
      <Panel title="Orden de trabajo asignada">
        <Box ref={resultRef} sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          <Typography
            component="p"
            aria-label="Número de la orden de trabajo"
            sx={{ fontSize: '1.8rem', fontWeight: 700, fontFamily: 'monospace', color: 'primary.dark' }}
          >
            {assigned.number}
          </Typography>
          <DataList
            items={[
              ['Radicado', assigned.request.filingNumber],
              ['Contratista', assigned.fieldWorker.name],
              ['Causal', assigned.request.cause],
            ]}
          />
          <PrintButton type="ORDEN_TRABAJO" number={assigned.number} label="IMPRIMIR ORDEN" />
        </Box>
      </Panel>
    );
  }

  return (
    <Panel title={target.replaces ? `Reasignar ${target.filingNumber}` : `Asignar ${target.filingNumber}`}>
      <Box
        component="form"
        aria-label="Asignar a un contratista"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
        sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}
      >
        <DataList items={target.summary} />
        {target.replaces && (
          <Alert severity="info">
            La orden {target.replaces.number} de {target.replaces.fieldWorker} se anulará con el motivo que escriba.
          </Alert>
        )}
        {message && (
          <Alert severity="error" role="alert">
            {message}
          </Alert>
        )}
        <WorkerPicker
          workers={workers}
          value={worker}
          onChange={(w) => {
            setWorker(w);
            setErrors((e) => ({ ...e, fieldWorkerId: undefined }));
            if (w) focusSoon(() => instructionsRef.current);
          }}
          error={errors.fieldWorkerId}
          inputRef={workerRef}
        />
        <TextField
          label="Instrucciones"
          name="instructions"
          value={instructions}
          onChange={(e) => setInstructions(e.target.value)}
          onKeyDown={(e) => onEnter(e, () => (target.replaces ? focusSoon(() => reasonRef.current) : void submit()))}
          inputRef={instructionsRef}
          multiline
          minRows={2}
          error={Boolean(errors.instructions)}
          helperText={
            errors.instructions ??
            `Qué hacer en el predio. Enter: ${target.replaces ? 'pasa al motivo' : 'ASIGNAR'}; Mayús+Enter: nueva línea.`
          }
        />
        {target.replaces && (
          <TextField
            label="Motivo de la reasignación"
            name="reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => onEnter(e, () => void submit())}
            inputRef={reasonRef}
            error={Boolean(errors.reason)}
            helperText={errors.reason ?? 'Al menos 10 caracteres. Enter: REASIGNAR.'}
          />
        )}
        <Button type="submit" variant="contained" disabled={busy} sx={{ alignSelf: 'flex-start' }}>
          {target.replaces ? 'REASIGNAR' : 'ASIGNAR'}
        </Button>
      </Box>
    </Panel>
  );
}
