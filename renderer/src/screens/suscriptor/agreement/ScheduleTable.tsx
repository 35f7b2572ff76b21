import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { DataList } from '../../../components/DataList';
import { formatDate, formatMoney, formatPercent } from '../../../format/format';
import type { SchedulePreview } from './use-schedule-preview';

/** 150 hundredths of a percent → "1,5 % mensual". */
export const formatMonthlyRate = (bp: number): string => `${formatPercent(bp / 100)} mensual`;

/** The figures of an agreement and its installments, as they will be printed for signature. */
export function ScheduleTable({ plan }: { plan: SchedulePreview }) {
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(200px, 0.7fr) minmax(0, 1.6fr)', gap: 1.5, alignItems: 'start' }}>
      <DataList
        items={[
          ['Deuda', formatMoney(plan.debt)],
          ['Cuota inicial', formatMoney(plan.downPayment)],
          ['Cuota inicial mínima', formatMoney(plan.minDownPayment)],
          ['Financiado', formatMoney(plan.financed)],
          ['Interés', formatMonthlyRate(plan.monthlyRateBp)],
          ['Total intereses', formatMoney(plan.totalInterest)],
        ]}
      />
      <TableContainer sx={{ maxHeight: 220, border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table stickyHeader aria-label="Plan de pagos">
          <TableHead>
            <TableRow>
              <TableCell>Cuota</TableCell>
              <TableCell>Vence</TableCell>
              <TableCell align="right">Capital</TableCell>
              <TableCell align="right">Interés</TableCell>
              <TableCell align="right">Valor cuota</TableCell>
              <TableCell align="right">Saldo</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {plan.installments.map((i) => (
              <TableRow key={i.n}>
                <TableCell>
                  {i.n}/{plan.installments.length}
                </TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(i.dueOn)}</TableCell>
                <TableCell align="right">{formatMoney(i.principal)}</TableCell>
                <TableCell align="right">{formatMoney(i.interest)}</TableCell>
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  {formatMoney(i.amount)}
                </TableCell>
                <TableCell align="right">{formatMoney(i.balanceAfter)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
