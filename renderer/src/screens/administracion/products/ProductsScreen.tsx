import AddIcon from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControlLabel from '@mui/material/FormControlLabel';
import LinearProgress from '@mui/material/LinearProgress';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { productQueries } from '../../../api/products';
import type { ScreenProps } from '../../../app/menu';
import { Panel } from '../../../components/Panel';
import { formatDate, formatMoney } from '../../../format/format';
import { filterProducts } from './product-filter';
import { ProductCreateDialog } from './ProductCreateDialog';
import { ProductEditDialog } from './ProductEditDialog';
import { ProductPriceDialog } from './ProductPriceDialog';
import { ProductsTable, type ProductAction } from './ProductsTable';
import { PriceHistoryDialog } from './PriceHistoryDialog';
import type { ProductRow } from './types';

type Notice = { severity: 'success' | 'error'; text: string } | null;

const byName = (a: ProductRow, b: ProductRow) => a.name.localeCompare(b.name, 'es');

/** ADMINISTRACIÓN → Productos: the catalog the asesor picks from in FACTURA, with dated prices. */
export function ProductsScreen({ active, activation }: ScreenProps) {
  const [includeInactive, setIncludeInactive] = useState(false);
  // Read each time the screen is chosen: prices move on with the date. The list stays while the
  // other one (with or without inactive products) is read.
  const list = useQuery({
    ...productQueries.list(includeInactive),
    enabled: active,
    placeholderData: keepPreviousData,
  });
  const products = list.data ?? null;
  const client = useQueryClient();
  const [query, setQuery] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [creating, setCreating] = useState(false);
  const [pending, setPending] = useState<{ action: ProductAction; product: ProductRow } | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (active) filterRef.current?.focus();
  }, [active, activation]);

  function saved(product: ProductRow, text: string) {
    setPending(null);
    setCreating(false);
    // The list shows the product as the core answered, while it is read again.
    client.setQueryData(
      productQueries.list(includeInactive).queryKey,
      (old) => old && [...old.filter((p) => p.id !== product.id), product].sort(byName),
    );
    setNotice({ severity: 'success', text });
  }

  const shown = filterProducts(products ?? [], query).filter((p) => includeInactive || p.active);

  return (
    <Panel
      title="Productos"
      action={
        <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
          NUEVO PRODUCTO
        </Button>
      }
    >
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 1 }}>
        <TextField
          inputRef={filterRef}
          label="Buscar producto"
          placeholder="Código, nombre o categoría"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          sx={{ maxWidth: 360 }}
        />
        <FormControlLabel
          control={<Switch checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />}
          label="Mostrar inactivos"
        />
      </Box>
      {notice && (
        <Alert
          severity={notice.severity}
          onClose={() => setNotice(null)}
          role={notice.severity === 'error' ? 'alert' : 'status'}
          sx={{ mb: 1 }}
        >
          {notice.text}
        </Alert>
      )}
      {list.error && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {list.error.message}
        </Alert>
      )}
      {products === null ? (
        !list.error && <LinearProgress aria-label="Cargando productos" />
      ) : (
        <>
          <ProductsTable products={shown} onAction={(action, product) => setPending({ action, product })} />
          {shown.length === 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ p: 1.5 }}>
              {query.trim() ? `Ningún producto coincide con «${query.trim()}».` : 'No hay productos.'}
            </Typography>
          )}
        </>
      )}
      <ProductCreateDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(p) => saved(p, `Producto ${p.code} — ${p.name} creado con precio ${formatMoney(p.price ?? 0)}.`)}
      />
      {pending?.action === 'edit' && (
        <ProductEditDialog
          product={pending.product}
          onClose={() => setPending(null)}
          onSaved={(p) => saved(p, `Producto ${p.code} guardado.`)}
        />
      )}
      {pending?.action === 'price' && (
        <ProductPriceDialog
          product={pending.product}
          onClose={() => setPending(null)}
          onSaved={(p) => saved(p, priceNotice(p))}
        />
      )}
      {pending?.action === 'history' && <PriceHistoryDialog product={pending.product} onClose={() => setPending(null)} />}
    </Panel>
  );
}

function priceNotice(p: ProductRow): string {
  const next = p.nextPrice ? ` Desde el ${formatDate(p.nextPrice.validFrom)}: ${formatMoney(p.nextPrice.price)}.` : '';
  const now = p.price === null ? 'sin precio vigente' : formatMoney(p.price);
  return `Precio de ${p.code} guardado. Hoy: ${now}.${next}`;
}
