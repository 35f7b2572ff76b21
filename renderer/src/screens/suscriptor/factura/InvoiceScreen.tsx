import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { productQueries } from '../../../api/products';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import type { InvoiceView, ProductRow } from './invoice-draft';
import { InvoiceForm } from './InvoiceForm';
import { InvoiceSaved } from './InvoiceSaved';

/** What can be invoiced today: active products with a price. */
const forSale = (products: ProductRow[]) => products.filter((p) => p.active && p.price !== null);

/** SUSCRIPTOR → FACTURA: the form, then the saved factura with IMPRIMIR; "Nueva factura" starts over. */
export function InvoiceScreen({ active, activation }: ScreenProps) {
  const { today } = useSessionInfo();
  // The catalog is read again each time the menu shows the screen: ADMINISTRACIÓN may have changed a price.
  const catalog = useQuery({ ...productQueries.list(), select: forSale, enabled: active });
  const products = catalog.data ?? null;
  const [saved, setSaved] = useState<InvoiceView | null>(null);
  const [round, setRound] = useState(0);

  function startOver() {
    setSaved(null);
    setRound((n) => n + 1);
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, maxWidth: 1180 }}>
      {catalog.error && <Alert severity="error">{catalog.error.message}</Alert>}
      {saved ? (
        <InvoiceSaved invoice={saved} onNew={startOver} activation={activation + round} />
      ) : (
        <InvoiceForm key={round} today={today} products={products} onSaved={setSaved} activation={activation + round} />
      )}
    </Box>
  );
}
