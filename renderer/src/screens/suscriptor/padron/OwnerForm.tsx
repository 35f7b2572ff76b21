import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useRef } from 'react';
import { ownerChangeInput } from '../../../../../electron/core/contract/padron.contract';
import { call, type Input, type Output } from '../../../api';
import type { PadronSubscriber } from '../../../api/padron';
import { useSessionInfo } from '../../../app/session-context';
import { ChosenParty, PartyChoice } from '../../../components/party/PartyPicker';
import type { PartyRow } from '../../../components/party/party-draft';
import { useDraftForm } from '../../../components/use-draft-form';
import { ActionPanel } from './ActionPanel';
import { DocumentsField } from './DocumentsField';
import { placeErrors } from './premises-draft';

interface OwnerDraft {
  party: PartyRow | null;
  effectiveOn: string;
  documents: string[];
}
const FIELDS = ['partyId', 'effectiveOn', 'documents'] as const;

interface Props {
  subscriber: PadronSubscriber;
  onSaved(subscriber: Output<'padron.changeOwner'>): void;
  onCancel(): void;
}

/** Cambio de titular (seed 004, cambio de nombre): the new tercero, from when, with which documents. */
export function OwnerForm({ subscriber, onSaved, onCancel }: Props) {
  const { today } = useSessionInfo();
  const partyRef = useRef<HTMLInputElement>(null);
  const dateRef = useRef<HTMLInputElement>(null);
  const form = useDraftForm<OwnerDraft, Input<'padron.changeOwner'>, Output<'padron.changeOwner'>, (typeof FIELDS)[number]>(
    () => ({ party: null, effectiveOn: today, documents: [] }),
    {
      fields: FIELDS,
      schema: ownerChangeInput,
      inputOf: (d) => ({
        code: subscriber.code,
        partyId: d.party?.id ?? Number.NaN,
        effectiveOn: d.effectiveOn,
        documents: d.documents,
      }),
      place: placeErrors,
      send: (input) => call('padron.changeOwner', input),
      onSaved,
    },
  );
  const { draft, update, errors } = form;
  const owner = subscriber.owner;
  return (
    <ActionPanel
      title={`Cambio de titular del suscriptor ${subscriber.code}`}
      form={form}
      onCancel={onCancel}
      focusOf={(field) => (field === 'partyId' ? partyRef.current : null)}
    >
      <Typography variant="body2">
        Titular actual: <strong>{owner.fullName}</strong> · {owner.documentType} {owner.documentNumber}
      </Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="subtitle2">Nuevo titular:</Typography>
        <ChosenParty party={draft.party} ownerId={owner.id} error={Boolean(errors.partyId)} />
      </Box>
      <PartyChoice
        party={draft.party}
        onChoose={(party) => update({ party }, 'partyId')}
        next={() => dateRef.current}
        error={errors.partyId}
        inputRef={partyRef}
      />
      <Box sx={{ display: 'grid', gridTemplateColumns: '200px minmax(0, 1fr)', columnGap: 1.5, alignItems: 'start' }}>
        <TextField
          label="Fecha del cambio"
          name="effectiveOn"
          type="date"
          inputRef={dateRef}
          value={draft.effectiveOn}
          onChange={(e) => update({ effectiveOn: e.target.value }, 'effectiveOn')}
          error={Boolean(errors.effectiveOn)}
          helperText={errors.effectiveOn ?? ' '}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: today } }}
        />
        <DocumentsField
          value={draft.documents}
          onChange={(documents) => update({ documents }, 'documents')}
          error={errors.documents}
        />
      </Box>
    </ActionPanel>
  );
}
