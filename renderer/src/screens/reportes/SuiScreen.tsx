import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { month as monthSchema } from '../../../../electron/core/contract/reports.contract';
import { addMonths } from '../../../../electron/core/calendar/civil';
import { reportQueries } from '../../api/reports';
import type { ScreenProps } from '../../app/menu';
import { useSessionInfo } from '../../app/session-context';
import { Panel } from '../../components/Panel';
import { onEnter } from '../../components/keyboard';
import { downloadFile } from './export/download';
import { SUI_COLUMNS, suiCsv, suiFileName } from './export/sui-csv';

const tramites = (n: number) => `${n} ${n === 1 ? 'trámite' : 'trámites'}`;

/**
 * REPORTES → SUI: the trámites radicated in a month, in Superservicios' Formato A columns,
 * to check on screen and download as the CSV the SUI loader takes.
 */
export function SuiScreen({ active, activation }: ScreenProps) {
  const { today } = useSessionInfo();
  // The report is filed for a closed month: the previous one by default.
  const [month, setMonth] = useState(addMonths(today.slice(0, 7), -1));
  // The month asked for with CONSULTAR: its rows stay on screen, read again when the screen is chosen.
  const [asked, setAsked] = useState<string | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const monthRef = useRef<HTMLInputElement>(null);
  const sui = useQuery({ ...reportQueries.sui(asked ?? ''), enabled: active && asked !== null });
  const rows = asked !== null ? (sui.data ?? null) : null;
  const error = invalid ?? sui.error?.message ?? null;

  useEffect(() => {
    if (active) monthRef.current?.focus();
  }, [active, activation]);

  function consult() {
    const checked = monthSchema.safeParse(month);
    if (!checked.success) return setInvalid(checked.error.issues[0]?.message ?? 'Mes: revise el valor');
    if (checked.data > today.slice(0, 7)) return setInvalid('Mes: no puede ser un mes futuro');
    setInvalid(null);
    setNotice(null);
    if (checked.data === asked) void sui.refetch();
    else setAsked(checked.data);
  }

  function download() {
    if (!rows || !asked) return;
    const name = suiFileName(asked);
    downloadFile(name, suiCsv(rows), 'text/csv;charset=utf-8');
    setNotice(`Se descargó ${name} (${tramites(rows.length)}).`);
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}>
      <Panel title="SUI: reporte mensual de PQR (Formato A)">
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start' }}>
          <TextField
            label="Mes"
            type="month"
            value={month}
            onChange={(e) => setMonth(e.target.value)}
            onKeyDown={(e) => onEnter(e, consult)}
            inputRef={monthRef}
            error={Boolean(error)}
            helperText={error ?? 'Trámites radicados en el mes'}
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ width: 220 }}
          />
          <Button variant="contained" onClick={consult} disabled={sui.isFetching}>
            CONSULTAR
          </Button>
          <Button variant="outlined" startIcon={<DownloadIcon />} onClick={download} disabled={!rows}>
            Descargar CSV
          </Button>
        </Box>
        {sui.isFetching && <LinearProgress sx={{ mt: 1 }} />}
        {notice && (
          <Alert severity="success" role="status" sx={{ mt: 1 }}>
            {notice}
          </Alert>
        )}
        <Alert severity="info" sx={{ mt: 1 }}>
          Los códigos de tipo de trámite, respuesta y notificación siguen la lectura del formato que tiene la oficina;
          verifíquelos con la tabla oficial vigente de la Superservicios antes del primer cargue.
        </Alert>
      </Panel>
      {rows && (
        <Panel title={`${asked}: ${tramites(rows.length)}`} flush>
          <Box sx={{ overflowX: 'auto' }}>
            <Table size="small" aria-label="Formato A">
              <TableHead>
                <TableRow>
                  {SUI_COLUMNS.map((c) => (
                    <TableCell key={c.header}>{c.header}</TableCell>
                  ))}
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.filingNumber}>
                    {SUI_COLUMNS.map((c) => (
                      <TableCell key={c.header} sx={{ whiteSpace: 'nowrap' }}>
                        {c.value(r)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        </Panel>
      )}
    </Box>
  );
}
