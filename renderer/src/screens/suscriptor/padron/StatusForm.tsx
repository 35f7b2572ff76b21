import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import { SUBSCRIBER_STATUSES, type SubscriberStatus } from '../../../../../db/schema/enums';
import { statusChangeInput } from '../../../../../electron/core/contract/padron.contract';
import { call, type Output } from '../../../api';
import type { PadronSubscriber } from '../../../api/padron';
import { useSessionInfo } from '../../../app/session-context';
import { useDraftForm } from '../../../components/use-draft-form';
import { STATUS_LABELS } from '../../../format/labels';
import { ActionPanel } from './ActionPanel';
import { FieldText } from './FieldText';
import { placeErrors } from './premises-draft';

interface StatusDraft {
  to: SubscriberStatus | '';
  effectiveOn: string;
  reason: string;
  document: string;
}
const FIELDS = ['to', 'effectiveOn', 'reason', 'document'] as const;

interface Props {
  subscriber: PadronSubscriber;
  onSaved(subscriber: Output<'padron.changeStatus'>): void;
  onCancel(): void;
}

/**
 * Cambiar estado: to which state, from when, why and by which document. The lifecycle's table
 * lives in the core: a move it does not allow comes back with its reason, on the state's field.
 */
export function StatusForm({ subscriber, onSaved, onCancel }: Props) {
  const { today } = useSessionInfo();
  const form = useDraftForm<StatusDraft, StatusDraft & { code: string }, Output<'padron.changeStatus'>, (typeof FIELDS)[number]>(
    () => ({ to: '', effectiveOn: today, reason: '', document: '' }),
    {
      fields: FIELDS,
      schema: statusChangeInput,
      inputOf: (d) => ({ code: subscriber.code, ...d }),
      place: placeErrors,
      // Sent only once the schema has passed it, so `to` is one of the states.
      send: (input) => call('padron.changeStatus', statusChangeInput.parse(input)),
      onSaved,
    },
  );
  const { draft, update, errors } = form;
  const text = (name: 'reason' | 'document', label: string, help: string, multiline = false) => (
    <FieldText
      label={label}
      name={name}
      value={draft[name]}
      onChange={(value) => update({ [name]: value }, name)}
      error={errors[name]}
      help={help}
      multiline={multiline}
    />
  );
  return (
    <ActionPanel
      title={`Cambiar estado del suscriptor ${subscriber.code}`}
      form={form}
      onCancel={onCancel}
    >
      <Box sx={{ display: 'grid', gridTemplateColumns: '240px 200px minmax(0, 1fr)', columnGap: 1.5, alignItems: 'start' }}>
        <TextField
          select
          label="Nuevo estado"
          name="to"
          value={draft.to}
          onChange={(e) => update({ to: e.target.value as StatusDraft['to'] }, 'to')}
          error={Boolean(errors.to)}
          helperText={errors.to ?? `Hoy está ${STATUS_LABELS[subscriber.status].toUpperCase()}`}
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
        >
          <option value="">Elija el estado…</option>
          {SUBSCRIBER_STATUSES.filter((s) => s !== subscriber.status).map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </TextField>
        <TextField
          label="Rige desde"
          name="effectiveOn"
          type="date"
          value={draft.effectiveOn}
          onChange={(e) => update({ effectiveOn: e.target.value }, 'effectiveOn')}
          error={Boolean(errors.effectiveOn)}
          helperText={errors.effectiveOn ?? ' '}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
        />
        {text('document', 'Documento que lo ordena', 'Orden de trabajo, resolución, oficio…')}
      </Box>
      {text('reason', 'Motivo', 'Al menos 10 caracteres. Mayús+Enter: nueva línea.', true)}
    </ActionPanel>
  );
}
