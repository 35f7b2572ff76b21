import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { productsContract } from '../../../../../electron/core/contract/products.contract';
import { call } from '../../../api';
import { FormDialog } from '../../../components/FormDialog';
import { useForm } from '../../../components/use-form';
import { ProductFields } from './ProductFields';
import type { ProductDraft, ProductRow } from './types';

const schema = productsContract['products.update'].input;
const FIELDS = ['name', 'category', 'taxable', 'active'] as const;

interface Props {
  product: ProductRow;
  onClose(): void;
  onSaved(product: ProductRow): void;
}

/** Name, category, gravado and activo; the code stays, the price has its own dialog. */
export function ProductEditDialog({ product, onClose, onSaved }: Props) {
  const [draft, setDraft] = useState<ProductDraft & { active: boolean }>({
    name: product.name,
    category: product.category,
    taxable: product.taxable,
    active: product.active,
  });
  const { errors, message, busy, submit } = useForm(schema, FIELDS);
  const update = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  async function save() {
    const input = { id: product.id, ...draft };
    const saved = await submit(input, () => call('products.update', input));
    if (saved) onSaved(saved);
  }

  return (
    <FormDialog
      open
      title={`Editar producto ${product.code}`}
      submitLabel="GUARDAR"
      message={message}
      busy={busy}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <ProductFields draft={draft} errors={errors} onChange={update} autoFocus />
      <FormControlLabel
        control={<Checkbox name="active" checked={draft.active} onChange={(e) => update({ active: e.target.checked })} />}
        label="Activo"
      />
      <Typography variant="body2" color="text.secondary">
        Un producto inactivo no se ofrece en nuevas facturas; las ya guardadas no cambian.
      </Typography>
    </FormDialog>
  );
}
