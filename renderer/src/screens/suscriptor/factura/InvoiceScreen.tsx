import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useEffect, useState } from 'react';
import { call } from '../../../api';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import type { InvoiceView, ProductRow } from './invoice-draft';
import { InvoiceForm } from './InvoiceForm';
import { InvoiceSaved } from './InvoiceSaved';

/** SUSCRIPTOR → FACTURA: the form, then the saved factura with IMPRIMIR; "Nueva factura" starts over. */
export function InvoiceScreen({ active, activation }: ScreenProps) {
  const { today } = useSessionInfo();
  const [products, setProducts] = useState<ProductRow[] | null>(null);
  const [productsError, setProductsError] = useState<string | null>(null);
  const [saved, setSaved] = useState<InvoiceView | null>(null);
  const [round, setRound] = useState(0);

  // The catalog again each time the screen is shown: ADMINISTRACIÓN may have changed a price.
  useEffect(() => {
    if (!active) return;
    let current = true;
    void call('products.list', { includeInactive: false }).then((result) => {
      if (!current) return;
      if (!result.ok) return setProductsError(result.error.message);
      setProductsError(null);
      setProducts(result.data.filter((p) => p.active && p.price !== null));
    });
    return () => {
      current = false;
    };
  }, [active, activation]);

  function startOver() {
    setSaved(null);
    setRound((n) => n + 1);
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, maxWidth: 1180 }}>
      {productsError && <Alert severity="error">{productsError}</Alert>}
      {saved ? (
        <InvoiceSaved invoice={saved} onNew={startOver} activation={activation + round} />
      ) : (
        <InvoiceForm key={round} today={today} products={products} onSaved={setSaved} activation={activation + round} />
      )}
    </Box>
  );
}
