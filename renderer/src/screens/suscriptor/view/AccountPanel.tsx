import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Panel } from '../../../components/Panel';
import { formatDate, formatMoney } from '../../../format/format';
import { LEDGER_KIND_LABELS } from '../../../format/labels';
import type { SubscriberView } from './types';

const TABLE_HEIGHT = 290;

function Movements({ view }: { view: SubscriberView }) {
  if (view.movements.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        La cuenta no tiene movimientos.
      </Typography>
    );
  }
  return (
    <>
      <TableContainer sx={{ maxHeight: TABLE_HEIGHT }}>
        <Table stickyHeader aria-label="Estado de cuenta">
          <TableHead>
            <TableRow>
              <TableCell>Fecha</TableCell>
              <TableCell>Concepto</TableCell>
              <TableCell>Tipo</TableCell>
              <TableCell align="right">Valor</TableCell>
              <TableCell align="right">Saldo</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {view.movements.map((m) => (
              <TableRow key={m.id} hover>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(m.entryDate)}</TableCell>
                <TableCell>{m.concept}</TableCell>
                <TableCell>{LEDGER_KIND_LABELS[m.kind]}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap', color: m.amount < 0 ? 'success.dark' : undefined }}>
                  {formatMoney(m.amount)}
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: 500 }}>
                  {formatMoney(m.balanceAfter)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {view.moreMovements && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
          Se muestran los {view.movements.length} movimientos más recientes; hay movimientos anteriores.
        </Typography>
      )}
    </>
  );
}

function Owners({ view }: { view: SubscriberView }) {
  return (
    <TableContainer sx={{ maxHeight: TABLE_HEIGHT }}>
      <Table stickyHeader aria-label="Historial de titulares">
        <TableHead>
          <TableRow>
            <TableCell>Titular</TableCell>
            <TableCell>Documento</TableCell>
            <TableCell>Desde</TableCell>
            <TableCell>Hasta</TableCell>
            <TableCell>Motivo</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {view.ownerHistory.map((h) => (
            <TableRow key={`${h.document}-${h.since}`}>
              <TableCell>{h.name}</TableCell>
              <TableCell>{h.document}</TableCell>
              <TableCell>{formatDate(h.since)}</TableCell>
              <TableCell>{h.until ? formatDate(h.until) : 'Actual'}</TableCell>
              <TableCell>{h.reason || '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

/** Estado de cuenta (newest first, running balance) and the titular history. */
export function AccountPanel({ view }: { view: SubscriberView }) {
  const [tab, setTab] = useState<'movements' | 'owners'>('movements');
  return (
    <Panel
      title={tab === 'movements' ? 'Estado de cuenta' : 'Historial de titulares'}
      action={
        <Tabs value={tab} onChange={(_, v: 'movements' | 'owners') => setTab(v)} sx={{ minHeight: 26 }}>
          <Tab value="movements" label="Movimientos" sx={{ minHeight: 26, py: 0, fontSize: '0.72rem' }} />
          <Tab
            value="owners"
            label={`Titulares (${view.ownerHistory.length})`}
            sx={{ minHeight: 26, py: 0, fontSize: '0.72rem' }}
          />
        </Tabs>
      }
      flush
    >
      <Box sx={{ p: 0.5 }}>{tab === 'movements' ? <Movements view={view} /> : <Owners view={view} />}</Box>
    </Panel>
  );
}
