import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { productsContract } from '../../../../../electron/core/contract/products.contract';
import { call } from '../../../api';
import { FormDialog } from '../../../components/FormDialog';
import { useForm } from '../../../components/use-form';
import { parsePesos } from '../../../components/pesos-input';
import { ProductFields } from './ProductFields';
import type { ProductDraft, ProductRow } from './types';

const schema = productsContract['products.create'].input;
const FIELDS = ['code', 'name', 'category', 'taxable', 'price'] as const;
const EMPTY: ProductDraft & { code: string; price: string } = {
  code: '',
  name: '',
  category: 'COMPLEMENTARIO',
  taxable: false,
  price: '',
};

interface Props {
  open: boolean;
  onClose(): void;
  onCreated(product: ProductRow): void;
}

/** A new catalog product; its first price applies from today. */
export function ProductCreateDialog({ open, onClose, onCreated }: Props) {
  const [draft, setDraft] = useState(EMPTY);
  const { errors, message, busy, submit, reset } = useForm(schema, FIELDS);
  const update = (patch: Partial<typeof EMPTY>) => setDraft((d) => ({ ...d, ...patch }));

  const close = () => {
    setDraft(EMPTY);
    reset();
    onClose();
  };

  async function save() {
    const input = { ...draft, price: parsePesos(draft.price) };
    const created = await submit(input, () => call('products.create', input));
    if (!created) return;
    setDraft(EMPTY);
    onCreated(created);
  }

  return (
    <FormDialog
      open={open}
      title="Nuevo producto"
      submitLabel="GUARDAR"
      message={message}
      busy={busy}
      onSubmit={() => void save()}
      onClose={close}
    >
      <TextField
        label="Código"
        name="code"
        autoFocus
        autoComplete="off"
        value={draft.code}
        onChange={(e) => update({ code: e.target.value })}
        error={Boolean(errors.code)}
        helperText={errors.code ?? 'De 2 a 10 letras o dígitos, p. ej. MED'}
      />
      <ProductFields draft={draft} errors={errors} onChange={update} />
      <TextField
        label="Precio"
        name="price"
        autoComplete="off"
        value={draft.price}
        onChange={(e) => update({ price: e.target.value })}
        error={Boolean(errors.price)}
        helperText={errors.price ?? 'En pesos, sin decimales; rige desde hoy'}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
    </FormDialog>
  );
}
