import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQuery } from '@tanstack/react-query';
import { productQueries } from '../../../api/products';
import { useSessionInfo } from '../../../app/session-context';
import { formatDate, formatInstant, formatMoney } from '../../../format/format';
import { priceStages, type PriceStage } from './price-stages';
import type { ProductRow } from './types';

function Stage({ stage }: { stage: PriceStage }) {
  if (stage === 'VIGENTE') return <Chip color="success" variant="outlined" label="Vigente" />;
  if (stage === 'PROGRAMADO') return <Chip color="info" variant="outlined" label="Programado" />;
  if (stage === 'REEMPLAZADO') return <Chip variant="outlined" label="Reemplazado" />;
  return null;
}

/** Every price the product has had or will have, newest date first. */
export function PriceHistoryDialog({ product, onClose }: { product: ProductRow; onClose(): void }) {
  const { today } = useSessionInfo();
  const { data, error: failed } = useQuery(productQueries.prices(product.id));
  const prices = data ?? null;
  const error = failed?.message ?? null;
  const stages = prices && priceStages(prices, today);

  return (
    <Dialog open onClose={onClose} maxWidth="sm" fullWidth>
      <DialogTitle>
        Historial de precios de {product.code} — {product.name}
      </DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" role="alert">
            {error}
          </Alert>
        )}
        {!error && prices === null && <LinearProgress aria-label="Cargando precios" />}
        {prices && stages && (
          <Table aria-label="Historial de precios">
            <TableHead>
              <TableRow>
                <TableCell>Vigente desde</TableCell>
                <TableCell align="right">Precio</TableCell>
                <TableCell>Registrado</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {prices.map((p, i) => (
                <TableRow key={i}>
                  <TableCell>{formatDate(p.validFrom)}</TableCell>
                  <TableCell align="right">{formatMoney(p.price)}</TableCell>
                  <TableCell>{formatInstant(p.createdAt)}</TableCell>
                  <TableCell>
                    <Stage stage={stages[i] ?? 'ANTERIOR'} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>
          Cerrar
        </Button>
      </DialogActions>
    </Dialog>
  );
}
