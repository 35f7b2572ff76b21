import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { Output } from '../../api';
import { formatMoney } from '../../format/format';

type Line = Output<'invoices.get'>['lines'][number];

/** A saved factura's products: code and name, quantity, the price copied when it was made, value. */
export function InvoiceLinesTable({ lines }: { lines: readonly Line[] }) {
  return (
    <Table aria-label="Productos">
      <TableHead>
        <TableRow>
          <TableCell>Producto</TableCell>
          <TableCell align="right">Cantidad</TableCell>
          <TableCell align="right">Precio unitario</TableCell>
          <TableCell align="right">Valor</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((l) => (
          <TableRow key={l.lineNo}>
            <TableCell>
              {l.code} · {l.name}
            </TableCell>
            <TableCell align="right">{l.quantity}</TableCell>
            <TableCell align="right">{formatMoney(l.unitPrice)}</TableCell>
            <TableCell align="right">{formatMoney(l.amount)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
