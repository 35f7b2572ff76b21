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
import { memo, useState } from 'react';
import { Panel } from '../../../components/Panel';
import { formatDate, formatMoney } from '../../../format/format';
import { LEDGER_KIND_LABELS } from '../../../format/labels';
import type { SubscriberView } from './types';

const TABLE_HEIGHT = 290;

/**
 * A body cell as MUI's TableCell draws it (small, with the theme's compact padding), for the long
 * lists of plain rows below: a subscriber with years of movements paints in the same frame.
 */
const PLAIN_ROWS = {
  '& tbody td': {
    px: 2,
    py: '3px',
    fontSize: '0.8rem',
    lineHeight: 1.43,
    borderBottom: '1px solid rgba(224, 224, 224, 1)',
    color: 'text.primary',
  },
  '& tbody tr:hover': { bgcolor: 'action.hover' },
  '& td.number': { textAlign: 'right', whiteSpace: 'nowrap' },
  '& td.date': { whiteSpace: 'nowrap' },
  '& td.credit': { color: 'success.dark' },
  '& td.balance': { fontWeight: 500 },
} as const;

const MOVEMENTS_HEAD = (
  <TableHead>
    <TableRow>
      <TableCell>Fecha</TableCell>
      <TableCell>Concepto</TableCell>
      <TableCell>Tipo</TableCell>
      <TableCell align="right">Valor</TableCell>
      <TableCell align="right">Saldo</TableCell>
    </TableRow>
  </TableHead>
);

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
        <Table stickyHeader aria-label="Estado de cuenta" sx={PLAIN_ROWS}>
          {MOVEMENTS_HEAD}
          <tbody>
            {/* Keyed by position: the next subscriber's rows reuse these (they hold no state). */}
            {view.movements.map((m, i) => (
              <tr key={i}>
                <td className="date">{formatDate(m.entryDate)}</td>
                <td>{m.concept}</td>
                <td>{LEDGER_KIND_LABELS[m.kind]}</td>
                <td className={m.amount < 0 ? 'number credit' : 'number'}>{formatMoney(m.amount)}</td>
                <td className="number balance">{formatMoney(m.balanceAfter)}</td>
              </tr>
            ))}
          </tbody>
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
            <TableCell>Documentos presentados</TableCell>
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
              <TableCell>{h.documents.length > 0 ? h.documents.join(' · ') : '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}

type AccountTab = 'movements' | 'owners';
const TAB_SX = { minHeight: 26, py: 0, fontSize: '0.72rem' };

/**
 * The two tabs, drawn again only when the count of titulares changes: MUI's tabs measure
 * themselves after every render, which would hold each subscriber's first frame.
 */
const AccountTabs = memo(function AccountTabs({
  tab,
  owners,
  onChange,
}: {
  tab: AccountTab;
  owners: number;
  onChange(tab: AccountTab): void;
}) {
  return (
    <Tabs value={tab} onChange={(_, v: AccountTab) => onChange(v)} sx={{ minHeight: 26 }}>
      <Tab value="movements" label="Movimientos" sx={TAB_SX} />
      <Tab value="owners" label={`Titulares (${owners})`} sx={TAB_SX} />
    </Tabs>
  );
});

/** Estado de cuenta (newest first, running balance) and the titular history. */
export const AccountPanel = memo(function AccountPanel({ view }: { view: SubscriberView }) {
  const [tab, setTab] = useState<AccountTab>('movements');
  return (
    <Panel
      title={tab === 'movements' ? 'Estado de cuenta' : 'Historial de titulares'}
      action={<AccountTabs tab={tab} owners={view.ownerHistory.length} onChange={setTab} />}
      flush
    >
      <Box sx={{ p: 0.5 }}>{tab === 'movements' ? <Movements view={view} /> : <Owners view={view} />}</Box>
    </Panel>
  );
});
