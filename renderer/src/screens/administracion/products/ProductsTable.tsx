import EditIcon from '@mui/icons-material/Edit';
import HistoryIcon from '@mui/icons-material/History';
import PriceChangeIcon from '@mui/icons-material/PriceChange';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import { formatDate, formatMoney } from '../../../format/format';
import { PRODUCT_CATEGORY_LABELS } from '../../../format/labels';
import type { ProductRow } from './types';

export type ProductAction = 'edit' | 'price' | 'history';

interface Props {
  products: readonly ProductRow[];
  onAction(action: ProductAction, product: ProductRow): void;
}

const ACTIONS: readonly { action: ProductAction; title: string; icon: typeof EditIcon }[] = [
  { action: 'edit', title: 'Editar', icon: EditIcon },
  { action: 'price', title: 'Cambiar precio', icon: PriceChangeIcon },
  { action: 'history', title: 'Historial de precios', icon: HistoryIcon },
];

export function ProductsTable({ products, onAction }: Props) {
  return (
    <TableContainer sx={{ maxHeight: 'calc(100vh - 190px)' }}>
      <Table aria-label="Productos" stickyHeader>
        <TableHead>
          <TableRow>
            <TableCell>Código</TableCell>
            <TableCell>Nombre</TableCell>
            <TableCell>Categoría</TableCell>
            <TableCell align="right">Precio vigente</TableCell>
            <TableCell>Desde</TableCell>
            <TableCell>Próximo precio</TableCell>
            <TableCell>Gravado</TableCell>
            <TableCell>Estado</TableCell>
            <TableCell align="right">Acciones</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {products.map((p) => (
            <TableRow key={p.id} hover sx={{ opacity: p.active ? 1 : 0.6 }}>
              <TableCell sx={{ fontFamily: 'monospace', fontSize: '0.85rem' }}>{p.code}</TableCell>
              <TableCell sx={{ fontWeight: 500 }}>{p.name}</TableCell>
              <TableCell>{PRODUCT_CATEGORY_LABELS[p.category]}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {p.price === null ? 'Sin precio' : formatMoney(p.price)}
              </TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{p.priceFrom ? formatDate(p.priceFrom) : '—'}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>
                {p.nextPrice ? `${formatMoney(p.nextPrice.price)} desde ${formatDate(p.nextPrice.validFrom)}` : '—'}
              </TableCell>
              <TableCell>{p.taxable ? 'Sí' : 'No'}</TableCell>
              <TableCell>
                {p.active ? (
                  <Chip color="success" variant="outlined" label="Activo" />
                ) : (
                  <Chip variant="outlined" label="Inactivo" />
                )}
              </TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {ACTIONS.map(({ action, title, icon: Icon }) => (
                  <Tooltip key={action} title={title}>
                    <IconButton aria-label={`${title} de ${p.code}`} onClick={() => onAction(action, p)}>
                      <Icon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
