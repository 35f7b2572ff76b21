import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { BackupRun } from '../../../../../electron/core/contract/backups.contract';
import { Panel } from '../../../components/Panel';
import { formatInstant, formatNumber } from '../../../format/format';
import { TRIGGER_LABELS, formatBytes } from './labels';

const seconds = (ms: number | null) => (ms === null ? '' : `${formatNumber(ms / 1000, 1)} s`);

/** The result of each recent run and restore. */
export function BackupRunsTable({ runs }: { runs: readonly BackupRun[] }) {
  return (
    <Panel title="Copias recientes" flush>
      <Table size="small" aria-label="Copias recientes">
        <TableHead>
          <TableRow>
            <TableCell>Inicio</TableCell>
            <TableCell>Tipo</TableCell>
            <TableCell>Resultado</TableCell>
            <TableCell>Archivo</TableCell>
            <TableCell align="right">Tamaño</TableCell>
            <TableCell align="right">Escritura</TableCell>
            <TableCell align="right">Verificación</TableCell>
            <TableCell align="right">Archivos copiados</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {runs.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>Todavía no se ha hecho ninguna copia.</TableCell>
            </TableRow>
          )}
          {runs.map((run) => (
            <TableRow key={run.id}>
              <TableCell>{formatInstant(run.startedAt)}</TableCell>
              <TableCell>
                {TRIGGER_LABELS[run.trigger]}
                {run.username ? ` · ${run.username}` : ''}
              </TableCell>
              <TableCell sx={{ color: run.result === 'OK' ? 'success.main' : 'error.main' }}>
                {run.result === 'OK' ? `Buena${run.message ? ` · ${run.message}` : ''}` : `Error: ${run.message ?? ''}`}
              </TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{run.fileName ?? ''}</TableCell>
              <TableCell align="right">{run.sizeBytes === null ? '' : formatBytes(run.sizeBytes)}</TableCell>
              <TableCell align="right">{seconds(run.writeMs)}</TableCell>
              <TableCell align="right">{seconds(run.verifyMs)}</TableCell>
              <TableCell align="right">{run.filesCopied ?? ''}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Panel>
  );
}
