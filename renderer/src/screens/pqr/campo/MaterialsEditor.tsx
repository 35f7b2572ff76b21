import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Autocomplete, { createFilterOptions } from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useRef, useState } from 'react';
import { invoiceLineInput } from '../../../../../electron/core/contract/invoices.contract';
import { zodFieldErrors } from '../../../components/form-errors';
import { focusSoon, onEnter } from '../../../components/keyboard';
import type { MaterialDraft, ProductRow } from './report-draft';

interface Props {
  products: readonly ProductRow[] | null;
  materials: readonly MaterialDraft[];
  onChange(materials: MaterialDraft[]): void;
  error?: string;
}

const label = (p: ProductRow) => `${p.code} · ${p.name}`;
const filter = createFilterOptions<ProductRow>({ stringify: label });

/** Materials used in the field, from the product catalog: ALMACÉN invoices them later. */
export function MaterialsEditor({ products, materials, onChange, error }: Props) {
  const [product, setProduct] = useState<ProductRow | null>(null);
  const [text, setText] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [errors, setErrors] = useState<{ product?: string; quantity?: string }>({});
  const productRef = useRef<HTMLInputElement>(null);
  const quantityRef = useRef<HTMLInputElement>(null);

  function add() {
    if (!product) {
      setErrors({ product: 'Material: elija uno de la lista' });
      return focusSoon(() => productRef.current);
    }
    const existing = materials.find((m) => m.product.id === product.id);
    const typed = quantity.trim() === '' ? Number.NaN : Number(quantity.trim());
    const checked = invoiceLineInput.safeParse({ productId: product.id, quantity: typed + (existing?.quantity ?? 0) });
    if (!checked.success || !Number.isInteger(typed) || typed < 1) {
      setErrors({ quantity: checked.success ? 'Cantidad: debe ser mayor que cero' : zodFieldErrors(checked.error).quantity });
      return focusSoon(() => quantityRef.current);
    }
    onChange(
      existing
        ? materials.map((m) => (m === existing ? { ...m, quantity: checked.data.quantity } : m))
        : [...materials, { product, quantity: checked.data.quantity }],
    );
    setProduct(null);
    setText('');
    setQuantity('1');
    setErrors({});
    focusSoon(() => productRef.current);
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 100px auto', gap: 1, alignItems: 'start' }}>
        <Autocomplete
          options={products ?? []}
          loading={products === null}
          value={product}
          onChange={(_, chosen) => {
            setProduct(chosen);
            setErrors({});
            if (chosen) focusSoon(() => quantityRef.current);
          }}
          inputValue={text}
          onInputChange={(_, typed) => setText(typed)}
          getOptionLabel={label}
          filterOptions={filter}
          isOptionEqualToValue={(a, b) => a.id === b.id}
          autoHighlight
          noOptionsText="Ningún producto coincide"
          loadingText="Cargando productos…"
          renderInput={(params) => (
            <TextField
              {...params}
              label="Material"
              inputRef={productRef}
              error={Boolean(errors.product)}
              helperText={errors.product ?? 'Código o nombre del catálogo; Enter elige.'}
            />
          )}
        />
        <TextField
          label="Cantidad"
          name="materialQuantity"
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
          onKeyDown={(e) => onEnter(e, add)}
          inputRef={quantityRef}
          error={Boolean(errors.quantity)}
          helperText={errors.quantity ?? ' '}
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <Button variant="outlined" startIcon={<AddIcon />} onClick={add} aria-label="Agregar material" sx={{ height: 37 }}>
          Agregar
        </Button>
      </Box>
      {materials.length > 0 && (
        <Table size="small" aria-label="Materiales utilizados">
          <TableHead>
            <TableRow>
              <TableCell>Código</TableCell>
              <TableCell>Material</TableCell>
              <TableCell align="right">Cantidad</TableCell>
              <TableCell sx={{ width: 48 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {materials.map((m) => (
              <TableRow key={m.product.id}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{m.product.code}</TableCell>
                <TableCell>{m.product.name}</TableCell>
                <TableCell align="right">{m.quantity}</TableCell>
                <TableCell sx={{ py: 0 }}>
                  <IconButton
                    size="small"
                    aria-label={`Quitar ${m.product.name}`}
                    onClick={() => onChange(materials.filter((x) => x !== m))}
                  >
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
}
