import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';
import { DOCUMENT_TYPES } from '../../../../db/schema/enums';
import { partyFields } from '../../../../electron/core/contract/parties.contract';
import { DOCUMENT_LABELS } from '../../../../electron/core/parties/documents';
import { call } from '../../api';
import { useSessionInfo } from '../../app/session-context';
import { useForm } from '../use-form';
import { PARTY_FIELDS, draftOf, emptyDraft, inputOf, type PartyDraft, type PartyRow } from './party-draft';

interface Props {
  /** Edit this tercero; without it the form creates a new one. */
  party?: PartyRow;
  /** Prefills the number typed in the lookup. */
  documentNumber?: string;
  onSaved(party: PartyRow): void;
  onCancel(): void;
}

type TextKey = Exclude<keyof PartyDraft, 'emailConsent' | 'documentType'>;

/** Tercero data, checked with the very schema the core applies (partyFields). */
export function PartyForm({ party, documentNumber, onSaved, onCancel }: Props) {
  const { today } = useSessionInfo();
  const [draft, setDraft] = useState<PartyDraft>(() => (party ? draftOf(party) : emptyDraft(documentNumber)));
  const { errors, message, busy, submit: check } = useForm(partyFields, PARTY_FIELDS, { issuePrefix: party ? 'party.' : '' });

  const update = (patch: Partial<PartyDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const text = (
    key: TextKey,
    label: string,
    extra: { autoFocus?: boolean; type?: string; inputMode?: 'numeric' | 'email' | 'tel' } = {},
  ) => (
    <TextField
      label={label}
      name={key}
      value={draft[key]}
      onChange={(e) => update({ [key]: e.target.value })}
      error={Boolean(errors[key])}
      helperText={errors[key] ?? ' '}
      autoFocus={extra.autoFocus}
      type={extra.type}
      slotProps={{ htmlInput: { inputMode: extra.inputMode }, inputLabel: extra.type === 'date' ? { shrink: true } : undefined }}
    />
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = inputOf(draft);
    const saved = await check(input, () =>
      party ? call('parties.update', { id: party.id, party: input }) : call('parties.create', input),
    );
    if (saved) onSaved(saved);
  }

  return (
    <Box component="form" noValidate onSubmit={submit} aria-label={party ? 'Editar tercero' : 'Nuevo tercero'}>
      {message && (
        <Alert severity="error" role="alert" sx={{ mb: 1.5 }}>
          {message}
        </Alert>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', columnGap: 1.5, rowGap: 0.5 }}>
        <TextField
          select
          label="Tipo de documento"
          name="documentType"
          value={draft.documentType}
          onChange={(e) => update({ documentType: e.target.value as PartyDraft['documentType'] })}
          error={Boolean(errors.documentType)}
          helperText={errors.documentType ?? ' '}
          autoFocus={!documentNumber && !party}
          slotProps={{ select: { native: true } }}
        >
          {DOCUMENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {t} — {DOCUMENT_LABELS[t]}
            </option>
          ))}
        </TextField>
        {text('documentNumber', 'Número de documento', { inputMode: 'numeric' })}
        {text('names', 'Nombres', { autoFocus: Boolean(documentNumber) || Boolean(party) })}
        {text('surnames', draft.documentType === 'NIT' ? 'Apellidos (no aplica a NIT)' : 'Apellidos')}
        {text('mobile', 'Celular', { inputMode: 'tel' })}
        {text('email', 'Correo electrónico', { inputMode: 'email' })}
        <Box sx={{ gridColumn: '1 / -1' }}>{text('address', 'Dirección')}</Box>
        <FormControlLabel
          label="Autorizó la notificación por correo electrónico"
          control={
            <Checkbox
              name="emailConsent"
              checked={draft.emailConsent}
              onChange={(e) =>
                update({
                  emailConsent: e.target.checked,
                  // The day the form is signed is nearly always today.
                  emailConsentDate: e.target.checked ? draft.emailConsentDate || today : draft.emailConsentDate,
                })
              }
            />
          }
          sx={{ alignSelf: 'start', mt: 0.5 }}
        />
        {draft.emailConsent ? text('emailConsentDate', 'Fecha de la autorización', { type: 'date' }) : <Box />}
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1, mt: 1 }}>
        <Button onClick={onCancel}>Cancelar</Button>
        <Button type="submit" variant="contained" disabled={busy}>
          GUARDAR
        </Button>
      </Box>
    </Box>
  );
}
