import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { ReactNode } from 'react';
import type { SubscriberStatus } from '../../../../db/schema/enums';
import { usePadronHistory, type PadronHistoryData } from '../../api/padron';
import { formatDate, formatInstant } from '../../format/format';
import { STATUS_COLORS, STATUS_LABELS } from '../../format/labels';
import { Panel } from '../Panel';

/** The parts of the history, in the order they are shown. */
export type HistoryPart = 'owners' | 'statuses' | 'edits';
const ALL_PARTS: readonly HistoryPart[] = ['owners', 'statuses', 'edits'];

interface Section {
  part: HistoryPart;
  title: string;
  head: readonly string[];
  rows: readonly (readonly ReactNode[])[];
  empty: string;
}

/** One part of the history: a titled table, newest first, or a line saying there is nothing. */
function HistorySection({ title, head, rows, empty }: Omit<Section, 'part'>) {
  const heading = `${title} (${rows.length})`;
  return (
    <Panel title={heading} flush>
      {rows.length === 0 ? (
        <Box sx={{ p: 1.5, color: 'text.secondary', fontSize: '0.85rem' }}>{empty}</Box>
      ) : (
        <Table size="small" aria-label={title}>
          <TableHead>
            <TableRow>
              {head.map((h) => (
                <TableCell key={h}>{h}</TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((cells, r) => (
              <TableRow key={r}>
                {cells.map((cell, c) => (
                  <TableCell key={head[c]} sx={{ verticalAlign: 'top' }}>
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Panel>
  );
}

const State = ({ status }: { status: SubscriberStatus }) => (
  <Chip size="small" label={STATUS_LABELS[status]} color={STATUS_COLORS[status]} sx={{ fontWeight: 600 }} />
);

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

const who = (at: string, user: string) => (
  <Box sx={NO_WRAP}>
    {formatInstant(at)}
    <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
      {user}
    </Box>
  </Box>
);

type Edit = PadronHistoryData['edits'][number];

/**
 * "Estrato: 2 → 3", one change a line; the matrícula has no before, only what was given, so
 * its fields run on one line.
 */
function changesOf(edit: Edit) {
  if (edit.changes.every((c) => c.before === '')) return edit.changes.map((c) => `${c.field}: ${c.after}`).join(' · ');
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {edit.changes.map((c) => (
        <li key={c.field}>
          {c.field}: {c.before} → <strong>{c.after}</strong>
        </li>
      ))}
    </Box>
  );
}

function sections(history: PadronHistoryData): Section[] {
  return [
    {
      part: 'owners',
      title: 'Titulares',
      head: ['Titular', 'Documento', 'Desde', 'Hasta', 'Motivo', 'Documentos presentados'],
      rows: history.owners.map((o) => [
        <strong key="name">{o.name}</strong>,
        o.document,
        formatDate(o.since),
        o.until === null ? <Chip key="until" size="small" color="primary" variant="outlined" label="Actual" /> : formatDate(o.until),
        o.reason,
        o.documents.length > 0 ? o.documents.join(' · ') : '—',
      ]),
      empty: 'Sin titulares registrados.',
    },
    {
      part: 'statuses',
      title: 'Cambios de estado',
      head: ['Rige desde', 'Estado', 'Motivo', 'Documento que lo ordena', 'Registrado'],
      rows: history.statuses.map((s) => [
        formatDate(s.effectiveOn),
        <Box key="move" sx={{ display: 'flex', alignItems: 'center', gap: 0.5, ...NO_WRAP }}>
          <State status={s.fromStatus} />→<State status={s.toStatus} />
        </Box>,
        s.reason,
        s.document,
        who(s.at, s.user),
      ]),
      empty: 'Sin cambios de estado desde la matrícula.',
    },
    {
      part: 'edits',
      title: 'Ediciones',
      head: ['Fecha', 'Qué', 'Cambios'],
      rows: history.edits.map((e) => [
        who(e.at, e.user),
        <Box key="what" sx={NO_WRAP}>
          {e.what}
        </Box>,
        changesOf(e),
      ]),
      empty: 'Sin ediciones registradas.',
    },
  ];
}

/**
 * The padrón's history of a subscriber: its titulares with their dates and documents, its
 * lifecycle moves and the edits of its predio (who, when, before → after), or only the `parts`
 * asked for. Read again after any change, here or on another puesto once the screen is shown again.
 */
export function PadronHistory({ code, parts = ALL_PARTS }: { code: string; parts?: readonly HistoryPart[] }) {
  const { data, error, loading } = usePadronHistory(code);
  return (
    <Box
      component="section"
      aria-label={`Historia del suscriptor ${code}`}
      sx={{ display: 'flex', flexDirection: 'column', gap: 1.25 }}
    >
      {loading && <LinearProgress aria-label="Cargando la historia" />}
      {error && <Alert severity="error">{error}</Alert>}
      {data &&
        sections(data)
          .filter((s) => parts.includes(s.part))
          .map(({ part, ...s }) => <HistorySection key={part} {...s} />)}
    </Box>
  );
}
