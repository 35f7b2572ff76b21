import SaveIcon from '@mui/icons-material/Save';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useEffect, useRef, type ReactNode } from 'react';
import { focusSoon } from '../../../components/keyboard';
import { Panel } from '../../../components/Panel';
import { enterMovesOn, fieldNamed } from './field-focus';

interface Props {
  title: string;
  /** The form's cycle (useDraftForm): the core's message when not about one field, and GUARDAR. */
  form: { message: string | null; busy: boolean; save(): Promise<string | null> };
  onCancel(): void;
  /** Where a field's message sends the focus when its input has no `name` (the tercero's lookup). */
  focusOf?(field: string): HTMLElement | null;
  children: ReactNode;
}

/**
 * One change to an opened subscriber, on the screen under it: its fields, Enter moving from one
 * to the next and then to GUARDAR, the focus on the first field to fix.
 */
export function ActionPanel({ title, form, onCancel, focusOf, children }: Props) {
  const { message, busy, save } = form;
  const box = useRef<HTMLDivElement>(null);
  const saveRef = useRef<HTMLButtonElement>(null);
  useEffect(() => focusSoon(() => box.current?.querySelector<HTMLElement>('input:not([type="hidden"]), select, textarea')), []);

  async function guardar() {
    const wrong = await save();
    if (wrong) focusSoon(() => focusOf?.(wrong) ?? fieldNamed(box.current, wrong));
  }

  return (
    <Panel title={title}>
      <Box
        ref={box}
        role="form"
        aria-label={title}
        onKeyDown={(e) => enterMovesOn(e, () => saveRef.current)}
        sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}
      >
        {message && (
          <Alert severity="error" role="alert">
            {message}
          </Alert>
        )}
        {children}
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1 }}>
          <Button onClick={onCancel}>Cancelar</Button>
          <Button ref={saveRef} variant="contained" startIcon={<SaveIcon />} onClick={() => void guardar()} disabled={busy}>
            {busy ? 'GUARDANDO…' : 'GUARDAR'}
          </Button>
        </Box>
      </Box>
    </Panel>
  );
}
