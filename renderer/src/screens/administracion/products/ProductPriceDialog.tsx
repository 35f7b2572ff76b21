import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { productsContract } from '../../../../../electron/core/contract/products.contract';
import { call } from '../../../api';
import { useSessionInfo } from '../../../app/session-context';
import { FormDialog } from '../../../components/FormDialog';
import { useForm } from '../../../components/use-form';
import { formatDate, formatMoney } from '../../../format/format';
import { parsePesos } from '../../../components/pesos-input';
import type { ProductRow } from './types';

const input = productsContract['products.setPrice'].input;
const FIELDS = ['price', 'validFrom'] as const;

/**
 * The core refuses a past date; checking it here too, against the core's today (not this
 * computer's clock), puts the message on the field before anything is sent.
 */
function schemaFor(today: string) {
  return input.extend({
    validFrom: input.shape.validFrom.refine((d) => d >= today, {
      error: 'Vigente desde: no puede ser una fecha pasada',
    }),
  });
}

interface Props {
  product: ProductRow;
  onClose(): void;
  onSaved(product: ProductRow): void;
}

/** A new price from a date on. Facturas already saved keep the price they were made with. */
export function ProductPriceDialog({ product, onClose, onSaved }: Props) {
  const { today } = useSessionInfo();
  const [price, setPrice] = useState('');
  const [validFrom, setValidFrom] = useState(today);
  const { errors, message, busy, submit } = useForm(schemaFor(today), FIELDS);

  async function save() {
    const value = { productId: product.id, price: parsePesos(price), validFrom };
    const saved = await submit(value, () => call('products.setPrice', value));
    if (saved) onSaved(saved);
  }

  return (
    <FormDialog
      open
      title={`Cambiar precio de ${product.code}`}
      submitLabel="GUARDAR"
      message={message}
      busy={busy}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <Typography variant="body2">
        {product.name}: {product.price === null ? 'sin precio vigente' : `${formatMoney(product.price)} hoy`}
        {product.nextPrice &&
          `; ya programado ${formatMoney(product.nextPrice.price)} desde el ${formatDate(product.nextPrice.validFrom)}`}
        .
      </Typography>
      <TextField
        label="Nuevo precio"
        name="price"
        autoFocus
        autoComplete="off"
        value={price}
        onChange={(e) => setPrice(e.target.value)}
        error={Boolean(errors.price)}
        helperText={errors.price ?? 'En pesos, sin decimales'}
        slotProps={{ htmlInput: { inputMode: 'numeric' } }}
      />
      <TextField
        label="Vigente desde"
        name="validFrom"
        type="date"
        value={validFrom}
        onChange={(e) => setValidFrom(e.target.value)}
        error={Boolean(errors.validFrom)}
        helperText={errors.validFrom ?? 'Hoy o una fecha futura'}
        slotProps={{ htmlInput: { min: today }, inputLabel: { shrink: true } }}
      />
      <Typography variant="body2" color="text.secondary">
        Las facturas ya guardadas conservan el precio con que se hicieron. Desde esa fecha, las facturas nuevas usan el nuevo
        precio.
      </Typography>
    </FormDialog>
  );
}
