import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import type { FormEvent, ReactNode } from 'react';

interface Props {
  open: boolean;
  title: string;
  submitLabel: string;
  /** The core's message when it is not about one field. */
  message: string | null;
  busy: boolean;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
  /** Wider than a few fields when it holds a list. */
  maxWidth?: 'xs' | 'sm';
}

/** A small dialog holding one form: Enter in any field submits, Esc cancels. */
export function FormDialog({ open, title, submitLabel, message, busy, onSubmit, onClose, children, maxWidth = 'xs' }: Props) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth={maxWidth} fullWidth>
      <Box component="form" noValidate onSubmit={submit} aria-label={title}>
        <DialogTitle>{title}</DialogTitle>
        <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 1, pt: '8px !important' }}>
          {message && (
            <Alert severity="error" role="alert">
              {message}
            </Alert>
          )}
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancelar</Button>
          <Button type="submit" variant="contained" disabled={busy}>
            {submitLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
