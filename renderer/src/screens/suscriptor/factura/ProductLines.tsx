import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useRef, useState, type RefObject } from 'react';
import { invoiceLineInput } from '../../../../../electron/core/contract/invoices.contract';
import { zodFieldErrors } from '../../../components/form-errors';
import { formatMoney } from '../../../format/format';
import { invoiceTotal, type DraftLine, type ProductRow } from './invoice-draft';
import { onEnter, focusSoon } from '../../../components/keyboard';
import { ProductPicker } from './ProductPicker';

interface Props {
  products: readonly ProductRow[] | null;
  lines: readonly DraftLine[];
  onChange(lines: DraftLine[]): void;
  /** A message about the lines as a whole (none added, a product refused by the core). */
  error?: string;
  pickerRef: RefObject<HTMLInputElement | null>;
  /** The asesor is done adding products. */
  onDone(): void;
}

/** Seed 001 steps 8–12: a product, its quantity, "+ Agregar"; the lines and the live total. */
export function ProductLines({ products, lines, onChange, error, pickerRef, onDone }: Props) {
  const [product, setProduct] = useState<ProductRow | null>(null);
  const [text, setText] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [errors, setErrors] = useState<{ product?: string; quantity?: string }>({});
  const quantityRef = useRef<HTMLInputElement>(null);

  function pick(chosen: ProductRow | null) {
    setProduct(chosen);
    setErrors({});
    if (chosen) focusSoon(() => quantityRef.current);
  }

  function add() {
    if (!product) {
      setErrors({ product: 'Producto: elija uno de la lista' });
      return focusSoon(() => pickerRef.current);
    }
    const typed = quantity.trim() === '' ? Number.NaN : Number(quantity.trim().replace(',', '.'));
    const existing = lines.find((l) => l.product.id === product.id);
    // The quantity as typed first, then with what the same product already has on the factura.
    const own = invoiceLineInput.safeParse({ productId: product.id, quantity: typed });
    const checked = own.success
      ? invoiceLineInput.safeParse({ productId: product.id, quantity: typed + (existing?.quantity ?? 0) })
      : own;
    if (!checked.success) {
      setErrors({ quantity: zodFieldErrors(checked.error).quantity });
      return focusSoon(() => quantityRef.current);
    }
    onChange(
      existing
        ? lines.map((l) => (l === existing ? { ...l, quantity: checked.data.quantity } : l))
        : [...lines, { product, quantity: checked.data.quantity }],
    );
    setProduct(null);
    setText('');
    setQuantity('1');
    setErrors({});
    focusSoon(() => pickerRef.current);
  }

  function remove(index: number) {
    onChange(lines.filter((_, i) => i !== index));
    focusSoon(() => pickerRef.current);
  }

  const total = invoiceTotal(lines);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) 110px auto', gap: 1.5, alignItems: 'start' }}>
        <ProductPicker
          products={products}
          value={product}
          onChange={pick}
          text={text}
          onTextChange={setText}
          onDone={onDone}
          error={errors.product}
          inputRef={pickerRef}
        />
        <TextField
          label="Cantidad"
          name="quantity"
          value={quantity}
          onChange={(e) => setQuantity(e.target.value)}
          onKeyDown={(e) => onEnter(e, add)}
          inputRef={quantityRef}
          error={Boolean(errors.quantity)}
          helperText={errors.quantity ?? (product?.price ? `${formatMoney(product.price)} c/u` : ' ')}
          autoComplete="off"
          slotProps={{ htmlInput: { inputMode: 'numeric' } }}
        />
        <Button variant="outlined" startIcon={<AddIcon />} onClick={add} aria-label="Agregar producto" sx={{ height: 37 }}>
          Agregar
        </Button>
      </Box>
      <TableContainer sx={{ border: 1, borderColor: error ? 'error.main' : 'divider', borderRadius: 1 }}>
        <Table aria-label="Productos de la factura">
          <TableHead>
            <TableRow>
              <TableCell>Código</TableCell>
              <TableCell>Producto</TableCell>
              <TableCell align="right">Cantidad</TableCell>
              <TableCell align="right">Precio unitario</TableCell>
              <TableCell align="right">Valor</TableCell>
              <TableCell align="right" sx={{ width: 48 }} />
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.length === 0 && (
              <TableRow>
                <TableCell colSpan={6} sx={{ color: 'text.secondary' }}>
                  Sin productos: elija uno y presione Agregar.
                </TableCell>
              </TableRow>
            )}
            {lines.map((l, i) => (
              <TableRow key={l.product.id}>
                <TableCell sx={{ fontFamily: 'monospace' }}>{l.product.code}</TableCell>
                <TableCell>{l.product.name}</TableCell>
                <TableCell align="right">{l.quantity}</TableCell>
                <TableCell align="right">{formatMoney(l.product.price ?? 0)}</TableCell>
                <TableCell align="right">{formatMoney((l.product.price ?? 0) * l.quantity)}</TableCell>
                <TableCell align="right" sx={{ py: 0 }}>
                  <IconButton aria-label={`Quitar ${l.product.name}`} onClick={() => remove(i)} size="small">
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableCell colSpan={4} align="right" sx={{ fontWeight: 700, color: 'text.primary', fontSize: '0.9rem' }}>
                Total
              </TableCell>
              <TableCell align="right" aria-label="Total" sx={{ fontWeight: 700, color: 'text.primary', fontSize: '0.9rem' }}>
                {formatMoney(total)}
              </TableCell>
              <TableCell />
            </TableRow>
          </TableFooter>
        </Table>
      </TableContainer>
      {error && <FormHelperText error>{error}</FormHelperText>}
    </Box>
  );
}
