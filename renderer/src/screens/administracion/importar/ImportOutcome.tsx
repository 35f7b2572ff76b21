import DownloadIcon from '@mui/icons-material/Download';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { formatNumber } from '../../../format/format';
import type { Counts, Rejection } from './import-run';

/** How many rejected rows the screen lists; the download has them all. */
export const SHOWN_REJECTIONS = 200;

const COUNTS: [keyof Counts, string][] = [
  ['NEW', 'Nuevos'],
  ['CHANGED', 'Cambiados'],
  ['UNCHANGED', 'Sin cambio'],
  ['REJECTED', 'Rechazados'],
];

interface Props {
  title: string;
  counts: Counts;
  rejected: readonly Rejection[];
  onDownload(): void;
}

/** The counts of a dry run or an import, and every rejected row with its line, column and reason. */
export function ImportOutcome({ title, counts, rejected, onDownload }: Props) {
  const sorted = [...rejected].sort((a, b) => a.line - b.line).slice(0, SHOWN_REJECTIONS);
  return (
    <Box component="section" aria-label={title} sx={{ mt: 1 }}>
      <Typography variant="subtitle2">{title}</Typography>
      <Box sx={{ display: 'flex', gap: 3, my: 1 }}>
        {COUNTS.map(([key, label]) => (
          <Box key={key} aria-label={label}>
            <Typography variant="h6" component="p" color={key === 'REJECTED' && counts[key] > 0 ? 'error' : undefined}>
              {formatNumber(counts[key])}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {label}
            </Typography>
          </Box>
        ))}
      </Box>
      {rejected.length > 0 && (
        <>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
            <Typography variant="body2">
              {rejected.length > SHOWN_REJECTIONS
                ? `Filas rechazadas: las primeras ${formatNumber(SHOWN_REJECTIONS)} de ${formatNumber(rejected.length)}; descárguelas todas para corregir el archivo.`
                : 'Filas rechazadas: corríjalas en el archivo y vuelva a importarlo (lo ya importado no se repite).'}
            </Typography>
            <Button variant="outlined" startIcon={<DownloadIcon />} onClick={onDownload}>
              Descargar rechazados (CSV)
            </Button>
          </Box>
          <Table size="small" aria-label="Filas rechazadas">
            <TableHead>
              <TableRow>
                <TableCell>Línea</TableCell>
                <TableCell>Columna</TableCell>
                <TableCell>Motivo</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {sorted.map((r, i) => (
                <TableRow key={`${r.line}-${i}`}>
                  <TableCell>{r.line}</TableCell>
                  <TableCell>{r.column || '—'}</TableCell>
                  <TableCell>{r.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </Box>
  );
}
