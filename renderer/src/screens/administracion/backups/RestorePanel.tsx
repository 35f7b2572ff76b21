import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { backupQueries } from '../../../api/backups';
import { Panel } from '../../../components/Panel';
import { formatInstant } from '../../../format/format';
import { formatBytes } from './labels';
import { RestoreDialog } from './RestoreDialog';

/** The backups in the destination folder, newest first, each with RESTAURAR. */
export function RestorePanel({ active }: { active: boolean }) {
  const files = useQuery({ ...backupQueries.files(), enabled: active });
  const [chosen, setChosen] = useState<string | null>(null);

  return (
    <Panel title="Restaurar una copia" flush>
      {files.isFetching && <LinearProgress aria-label="Leyendo la carpeta de destino" />}
      {files.error && (
        <Alert severity="error" role="alert" sx={{ m: 1 }}>
          {files.error.message}
        </Alert>
      )}
      <Table size="small" aria-label="Copias en la carpeta de destino">
        <TableHead>
          <TableRow>
            <TableCell>Fecha</TableCell>
            <TableCell>Archivo</TableCell>
            <TableCell align="right">Tamaño</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {files.data?.length === 0 && (
            <TableRow>
              <TableCell colSpan={4}>No hay copias en la carpeta de destino.</TableCell>
            </TableRow>
          )}
          {files.data?.map((file) => (
            <TableRow key={file.fileName}>
              <TableCell>{formatInstant(file.createdAt)}</TableCell>
              <TableCell>{file.fileName}</TableCell>
              <TableCell align="right">{formatBytes(file.sizeBytes)}</TableCell>
              <TableCell align="right">
                <Button size="small" onClick={() => setChosen(file.fileName)} aria-label={`Restaurar ${file.fileName}`}>
                  RESTAURAR
                </Button>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {chosen && <RestoreDialog fileName={chosen} onClose={() => setChosen(null)} />}
    </Panel>
  );
}
