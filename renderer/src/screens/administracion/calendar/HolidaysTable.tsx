import DeleteIcon from '@mui/icons-material/Delete';
import Chip from '@mui/material/Chip';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tooltip from '@mui/material/Tooltip';
import type { Output } from '../../../api';
import { formatDate, formatWeekday } from '../../../format/format';

export type HolidayRow = Output<'calendar.holidays'>['holidays'][number];

interface Props {
  holidays: readonly HolidayRow[];
  onRemove(holiday: HolidayRow): void;
}

export function HolidaysTable({ holidays, onRemove }: Props) {
  return (
    <TableContainer sx={{ maxHeight: 'calc(100vh - 260px)' }}>
      <Table aria-label="Días festivos" stickyHeader size="small">
        <TableHead>
          <TableRow>
            <TableCell>Fecha</TableCell>
            <TableCell>Día</TableCell>
            <TableCell>Festivo</TableCell>
            <TableCell>Origen</TableCell>
            <TableCell align="right">Quitar</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {holidays.map((h) => (
            <TableRow key={h.id} hover>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(h.date)}</TableCell>
              <TableCell>{formatWeekday(h.date)}</TableCell>
              <TableCell sx={{ fontWeight: 500 }}>{h.name}</TableCell>
              <TableCell>
                {h.source === 'MANUAL' ? (
                  <Chip color="info" variant="outlined" label="Agregado" />
                ) : (
                  <Chip variant="outlined" label="Librería" />
                )}
              </TableCell>
              <TableCell align="right">
                <Tooltip title="Quitar del calendario">
                  <IconButton aria-label={`Quitar festivo del ${formatDate(h.date)}`} onClick={() => onRemove(h)}>
                    <DeleteIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
