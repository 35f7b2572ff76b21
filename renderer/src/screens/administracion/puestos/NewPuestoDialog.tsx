import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { puestosContract } from '../../../../../electron/core/contract/puestos.contract';
import { call } from '../../../api';
import type { IssuedCode } from '../../../api/station';
import { FormDialog } from '../../../components/FormDialog';
import { useForm } from '../../../components/use-form';

const schema = puestosContract['puestos.create'].input;
const FIELDS = ['name'] as const;

/** "Nuevo puesto": its name (CAJA-01, ASESOR-02…); the code comes back to be shown once. */
export function NewPuestoDialog({ onClose, onCreated }: { onClose(): void; onCreated(issued: IssuedCode): void }) {
  const [name, setName] = useState('');
  const { errors, message, busy, submit, forget } = useForm(schema, FIELDS);

  async function create() {
    const issued = await submit({ name }, () => call('puestos.create', { name }));
    if (issued) onCreated(issued);
  }

  return (
    <FormDialog
      open
      title="Nuevo puesto"
      submitLabel="CREAR"
      message={message}
      busy={busy}
      onSubmit={() => void create()}
      onClose={onClose}
    >
      <TextField
        label="Nombre del puesto"
        name="name"
        autoFocus
        value={name}
        onChange={(e) => {
          forget('name');
          setName(e.target.value.toUpperCase());
        }}
        error={Boolean(errors.name)}
        helperText={errors.name ?? 'Como se conocerá en la oficina, p. ej. CAJA-01'}
      />
    </FormDialog>
  );
}
