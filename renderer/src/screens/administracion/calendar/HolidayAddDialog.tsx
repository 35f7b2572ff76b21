import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { calendarContract } from '../../../../../electron/core/contract/calendar.contract';
import { call } from '../../../api';
import { FormDialog } from '../../../components/FormDialog';
import { useForm } from '../../../components/use-form';
import type { HolidayRow } from './HolidaysTable';

const schema = calendarContract['calendar.addHoliday'].input;
const FIELDS = ['date', 'name'] as const;

interface Props {
  open: boolean;
  /** Where the date starts: a day of the year on screen. */
  initialDate: string;
  onClose(): void;
  onAdded(holiday: HolidayRow): void;
}

/** A day the office closes that the library does not know: a new law, a municipal decree. */
export function HolidayAddDialog({ open, initialDate, onClose, onAdded }: Props) {
  const [draft, setDraft] = useState({ date: initialDate, name: '' });
  const { errors, message, busy, submit, reset } = useForm(schema, FIELDS);

  const close = () => {
    setDraft({ date: initialDate, name: '' });
    reset();
    onClose();
  };

  async function save() {
    const added = await submit(draft, () => call('calendar.addHoliday', draft));
    if (!added) return;
    setDraft({ date: initialDate, name: '' });
    onAdded(added);
  }

  return (
    <FormDialog
      open={open}
      title="Agregar festivo"
      submitLabel="GUARDAR"
      message={message}
      busy={busy}
      onSubmit={() => void save()}
      onClose={close}
    >
      <TextField
        label="Fecha"
        name="date"
        type="date"
        autoFocus
        value={draft.date}
        onChange={(e) => setDraft((d) => ({ ...d, date: e.target.value }))}
        error={Boolean(errors.date)}
        helperText={errors.date ?? 'Un día entre semana'}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        label="Nombre del festivo"
        name="name"
        autoComplete="off"
        value={draft.name}
        onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))}
        error={Boolean(errors.name)}
        helperText={errors.name ?? 'Como se mostrará en el calendario'}
      />
    </FormDialog>
  );
}
