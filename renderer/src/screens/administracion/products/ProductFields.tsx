import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import { PRODUCT_CATEGORIES, type ProductCategory } from '../../../../../db/schema/enums';
import type { FieldErrors } from '../../../components/form-errors';
import { PRODUCT_CATEGORY_LABELS } from '../../../format/labels';
import type { ProductDraft } from './types';

interface Props {
  draft: ProductDraft;
  errors: FieldErrors;
  onChange(patch: Partial<ProductDraft>): void;
  autoFocus?: boolean;
}

/** Nombre, categoría and gravado: the same fields when creating and when editing a product. */
export function ProductFields({ draft, errors, onChange, autoFocus = false }: Props) {
  return (
    <>
      <TextField
        label="Nombre"
        name="name"
        autoFocus={autoFocus}
        autoComplete="off"
        value={draft.name}
        onChange={(e) => onChange({ name: e.target.value })}
        error={Boolean(errors.name)}
        helperText={errors.name ?? 'Como se imprime en la factura; se guarda en mayúsculas'}
      />
      <TextField
        select
        label="Categoría"
        name="category"
        value={draft.category}
        onChange={(e) => onChange({ category: e.target.value as ProductCategory })}
        error={Boolean(errors.category)}
        helperText={errors.category ?? ' '}
        slotProps={{ select: { native: true } }}
      >
        {PRODUCT_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {PRODUCT_CATEGORY_LABELS[c]}
          </option>
        ))}
      </TextField>
      <FormControlLabel
        control={<Checkbox name="taxable" checked={draft.taxable} onChange={(e) => onChange({ taxable: e.target.checked })} />}
        label="Gravado"
      />
    </>
  );
}
