import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  MAX_LETTER_CHARS,
  responseInput,
  type PendingResponseRow,
  type ResponseInput,
  type ResponseLetterView,
  type TemplateRow,
} from '../../../../../electron/core/contract/responses.contract';
import { call } from '../../../api';
import { responsesQueries } from '../../../api/responses';
import { useForm } from '../../../components/use-form';
import { formatDate } from '../../../format/format';
import { SuiTypeSelect } from './SuiTypeSelect';

interface Props {
  request: PendingResponseRow;
  templates: readonly TemplateRow[];
  onSaved(letter: ResponseLetterView): void;
}

const FIELDS = ['templateId', 'body', 'suiResponseType'] as const;

/**
 * Seed 002 step 16: pick the decision template, the letter comes filled with the trámite's
 * data and the visit's findings, the coordinator edits it, GUARDAR gives it its number.
 */
export function ResponseForm({ request, templates, onSaved }: Props) {
  const [templateId, setTemplateId] = useState<number | ''>('');
  const [body, setBody] = useState('');
  const [suiResponseType, setSuiType] = useState<number | ''>('');
  const [unfilled, setUnfilled] = useState<string[]>([]);
  const [draftError, setDraftError] = useState<string | null>(null);
  const form = useForm(responseInput, FIELDS);
  const queries = useQueryClient();

  /** The template filled with the trámite's data, as it is now: the letter starts from it. */
  async function pick(id: number) {
    setTemplateId(id);
    setDraftError(null);
    const draft = await queries.fetchQuery(responsesQueries.draft(request.filingNumber, id)).catch((refused: Error) => {
      setDraftError(refused.message);
      return null;
    });
    if (!draft) return;
    setBody(draft.body);
    setSuiType(draft.suiResponseType);
    setUnfilled(draft.unfilled);
    document.getElementById('response-body')?.focus();
  }

  async function save() {
    const value: ResponseInput = {
      filingNumber: request.filingNumber,
      ...(templateId === '' ? {} : { templateId }),
      body,
      // 0 is no type: the contract's schema says which ones there are.
      suiResponseType: suiResponseType === '' ? 0 : suiResponseType,
    };
    const saved = await form.submit(value, () => call('responses.create', value));
    if (saved) onSaved(saved);
  }

  return (
    <Box
      component="form"
      noValidate
      aria-label={`Respuesta al trámite ${request.filingNumber}`}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}
    >
      <Typography variant="body2">
        <strong>{request.filingNumber}</strong> del {formatDate(request.filedOn)} · {request.service} · {request.cause} ·{' '}
        {request.subscriberCode} · {request.partyName} · vence {formatDate(request.dueOn)}
      </Typography>
      {form.message && (
        <Alert severity="error" role="alert">
          {form.message}
        </Alert>
      )}
      {draftError && <Alert severity="error">{draftError}</Alert>}
      <Box sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
        <TextField
          select
          size="small"
          label="Plantilla de respuesta"
          name="templateId"
          value={templateId}
          onChange={(e) => void pick(Number(e.target.value))}
          error={Boolean(form.errors.templateId)}
          helperText={form.errors.templateId ?? ' '}
          sx={{ minWidth: 340 }}
          autoFocus
        >
          {templates.map((t) => (
            <MenuItem key={t.id} value={t.id}>
              {t.name}
            </MenuItem>
          ))}
        </TextField>
        <SuiTypeSelect value={suiResponseType} onChange={setSuiType} error={form.errors.suiResponseType} />
      </Box>
      {unfilled.length > 0 && (
        <Alert severity="warning">
          Sin dato para {unfilled.map((n) => `{{${n}}}`).join(', ')}: escriba en el texto lo que corresponde donde dice «sin
          dato».
        </Alert>
      )}
      <TextField
        id="response-body"
        label="Texto de la respuesta"
        name="body"
        multiline
        minRows={14}
        maxRows={28}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={Boolean(form.errors.body)}
        helperText={form.errors.body ?? `${body.length} / ${MAX_LETTER_CHARS} caracteres`}
        slotProps={{ htmlInput: { maxLength: MAX_LETTER_CHARS, spellCheck: true } }}
      />
      <Box>
        <Button type="submit" variant="contained" disabled={form.busy}>
          {form.busy ? 'GUARDANDO…' : 'GUARDAR'}
        </Button>
      </Box>
    </Box>
  );
}
