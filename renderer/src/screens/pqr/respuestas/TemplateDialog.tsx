import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import { useRef, useState } from 'react';
import {
  MAX_LETTER_CHARS,
  templateInput,
  type TemplateInput,
  type TemplateRow,
} from '../../../../../electron/core/contract/responses.contract';
import { PLACEHOLDERS, PLACEHOLDER_NAMES } from '../../../../../electron/core/responses/placeholders';
import { call } from '../../../api';
import { useForm } from '../../../components/use-form';
import { SuiTypeSelect } from './SuiTypeSelect';

interface Props {
  /** null: a new template. */
  template: TemplateRow | null;
  onClose(saved: TemplateRow | null): void;
}

const FIELDS = ['name', 'body', 'suiResponseType', 'active'] as const;

/** A decision template: its name, the SUI response type and the letter with {{placeholders}}. */
export function TemplateDialog({ template, onClose }: Props) {
  const [name, setName] = useState(template?.name ?? '');
  const [body, setBody] = useState(template?.body ?? '');
  const [suiResponseType, setSuiType] = useState<number | ''>(template?.suiResponseType ?? '');
  const [active, setActive] = useState(template?.active ?? true);
  const bodyRef = useRef<HTMLTextAreaElement | null>(null);
  const form = useForm(templateInput, FIELDS);

  /** Puts {{name}} where the cursor is in the text. */
  function insert(placeholder: string) {
    const area = bodyRef.current;
    const at = area?.selectionStart ?? body.length;
    const token = `{{${placeholder}}}`;
    setBody(body.slice(0, at) + token + body.slice(area?.selectionEnd ?? at));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(at + token.length, at + token.length);
    });
  }

  async function save() {
    const value: TemplateInput = {
      ...(template ? { id: template.id } : {}),
      name,
      body,
      suiResponseType: suiResponseType === '' ? 0 : suiResponseType,
      active,
    };
    const saved = await form.submit(value, () => call('responses.saveTemplate', value));
    if (saved) onClose(saved);
  }

  return (
    <Dialog open onClose={() => onClose(null)} maxWidth="md" fullWidth>
      <Box
        component="form"
        noValidate
        aria-label={template ? `Plantilla ${template.name}` : 'Nueva plantilla'}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <DialogTitle>{template ? 'Editar plantilla de respuesta' : 'Nueva plantilla de respuesta'}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1, pt: '8px !important' }}>
          {form.message && (
            <Alert severity="error" role="alert">
              {form.message}
            </Alert>
          )}
          <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
            <TextField
              size="small"
              label="Nombre"
              name="name"
              value={name}
              onChange={(e) => setName(e.target.value.toUpperCase())}
              error={Boolean(form.errors.name)}
              helperText={form.errors.name ?? ' '}
              sx={{ flex: 1 }}
              autoFocus
            />
            <SuiTypeSelect value={suiResponseType} onChange={setSuiType} error={form.errors.suiResponseType} />
            <FormControlLabel
              control={<Checkbox checked={active} onChange={(e) => setActive(e.target.checked)} />}
              label="Activa"
            />
          </Box>
          <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }} aria-label="Campos de la plantilla">
            {PLACEHOLDER_NAMES.map((p) => (
              <Chip key={p} size="small" label={`{{${p}}}`} title={PLACEHOLDERS[p]} onClick={() => insert(p)} />
            ))}
          </Box>
          <TextField
            label="Texto de la plantilla"
            name="body"
            multiline
            minRows={14}
            maxRows={26}
            value={body}
            inputRef={bodyRef}
            onChange={(e) => setBody(e.target.value)}
            error={Boolean(form.errors.body)}
            helperText={form.errors.body ?? `${body.length} / ${MAX_LETTER_CHARS} caracteres · clic en un campo lo inserta`}
            slotProps={{ htmlInput: { maxLength: MAX_LETTER_CHARS } }}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => onClose(null)}>Cancelar</Button>
          <Button type="submit" variant="contained" disabled={form.busy}>
            GUARDAR
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
