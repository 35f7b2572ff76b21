import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { agendaQueries } from '../../../api/agenda';
import { formatDayLabel } from '../../../format/format';
import { placesText, sameSlot, slotLabel, type FreeSlots, type Slot } from './agenda-text';

interface Props {
  /** The slot chosen, if any. */
  value: Slot | null;
  onChange(slot: Slot | null): void;
  /** The first day offered (YYYY-MM-DD); the core never offers one before today. */
  from: string;
  /** The appointment being moved: shown, not offered. */
  current?: Slot | null;
  /** Changing it puts the focus on the grid once its places are read (the form got here with Enter). */
  focusRequest?: number;
}

interface Cell extends Slot {
  free: number;
}

/** The grid's cells, day by day: null where the window is no longer offered (today's past ones). */
function cellsOf(slots: FreeSlots): (Cell | null)[][] {
  return slots.days.map((day) =>
    slots.windows.map((timeWindow) => {
      const w = day.windows.find((x) => x.timeWindow === timeWindow);
      return w ? { visitOn: day.date, timeWindow, free: w.free } : null;
    }),
  );
}

type Position = { row: number; col: number };

const PAGE_ROWS = 5;

/** Where the keyboard starts: the chosen slot, else the first one with a free place. */
function startOf(cells: (Cell | null)[][], value: Slot | null, current: Slot | null | undefined): Position | null {
  let first: Position | null = null;
  for (let row = 0; row < cells.length; row++) {
    for (let col = 0; col < cells[row]!.length; col++) {
      const cell = cells[row]![col];
      if (!cell) continue;
      if (sameSlot(cell, value)) return { row, col };
      if (!first && cell.free > 0 && !sameSlot(cell, current)) first = { row, col };
    }
  }
  return first ?? (cells.length > 0 ? nearestIn(cells, 0, 0) : null);
}

/** The cell of a row nearest to a column (today may lack its first windows). */
function nearestIn(cells: (Cell | null)[][], row: number, col: number): Position | null {
  const line = cells[row];
  if (!line) return null;
  for (let d = 0; d < line.length; d++) {
    if (line[col + d]) return { row, col: col + d };
    if (line[col - d]) return { row, col: col - d };
  }
  return null;
}

/** Reading order: the next (step 1) or previous (step −1) cell that exists. */
function stepReading(cells: (Cell | null)[][], at: Position, step: 1 | -1): Position {
  const width = cells[0]?.length ?? 0;
  for (let i = at.row * width + at.col + step; i >= 0 && i < cells.length * width; i += step) {
    const row = Math.floor(i / width);
    const col = i % width;
    if (cells[row]![col]) return { row, col };
  }
  return at;
}

function moveFrom(cells: (Cell | null)[][], at: Position, key: string): Position | null {
  const rows = (n: number) => nearestIn(cells, Math.min(Math.max(at.row + n, 0), cells.length - 1), at.col);
  const line = cells[at.row]!;
  switch (key) {
    case 'ArrowRight':
      return stepReading(cells, at, 1);
    case 'ArrowLeft':
      return stepReading(cells, at, -1);
    case 'ArrowDown':
      return rows(1);
    case 'ArrowUp':
      return rows(-1);
    case 'PageDown':
      return rows(PAGE_ROWS);
    case 'PageUp':
      return rows(-PAGE_ROWS);
    case 'Home':
      return { row: at.row, col: line.findIndex(Boolean) };
    case 'End':
      return { row: at.row, col: line.length - 1 - [...line].reverse().findIndex(Boolean) };
    default:
      return null;
  }
}

/**
 * The visit agenda's free places, keyboard first: the arrows move over days and windows,
 * Enter (or Space) takes the place. Full windows show as such and cannot be taken; weekends
 * and holidays never appear because the core never offers them.
 */
export function SlotPicker({ value, onChange, from, current = null, focusRequest = 0 }: Props) {
  // Read again after a refused place (useFreeSlotsAgain) and after any booking: places fill up meanwhile.
  const { data: slots, error, isFetching: loading } = useQuery(agendaQueries.freeSlots(from));
  const [cursor, setCursor] = useState<Position | null>(null);
  const refs = useRef(new Map<string, HTMLTableCellElement>());
  const cells = slots ? cellsOf(slots) : [];
  const valid = cursor && cells[cursor.row]?.[cursor.col] ? cursor : null;
  const at = valid ?? startOf(cells, value, current);

  // The grid arrives after the agenda is read: the focus asked for waits for it.
  const focusAt = at ? `${at.row}:${at.col}` : null;
  const focused = useRef(0);
  useEffect(() => {
    if (focusRequest === focused.current || !focusAt) return;
    focused.current = focusRequest;
    refs.current.get(focusAt)?.focus();
  }, [focusRequest, focusAt]);

  function go(next: Position) {
    setCursor(next);
    refs.current.get(`${next.row}:${next.col}`)?.focus();
  }

  function take(cell: Cell) {
    if (cell.free > 0 && !sameSlot(cell, current)) onChange({ visitOn: cell.visitOn, timeWindow: cell.timeWindow });
  }

  function onKeyDown(event: KeyboardEvent, position: Position, cell: Cell) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      take(cell);
      return;
    }
    const next = moveFrom(cells, position, event.key);
    if (!next) return;
    event.preventDefault();
    go(next);
  }

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 0.75 }}>
      <Typography variant="body2" role="status">
        {value ? (
          <>
            Cita elegida: <strong>{slotLabel(value)}</strong>
          </>
        ) : (
          'Elija el día y la franja de la visita: flechas para moverse, Enter para tomar el cupo.'
        )}
      </Typography>
      {loading && <LinearProgress aria-label="Leyendo la agenda" />}
      {error && <Alert severity="error">{error.message}</Alert>}
      {slots && slots.days.length === 0 && <Alert severity="warning">La agenda no tiene días abiertos desde esta fecha.</Alert>}
      {slots && slots.days.length > 0 && (
        <Box sx={{ maxHeight: 320, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
          <Box
            component="table"
            role="grid"
            aria-label="Cupos de la agenda de visitas"
            sx={{ borderCollapse: 'collapse', width: '100%', fontSize: '0.8rem' }}
          >
            <thead>
              <tr>
                <Box component="th" sx={{ textAlign: 'left', px: 1, py: 0.5, position: 'sticky', top: 0, bgcolor: '#f3f6f8' }}>
                  Día
                </Box>
                {slots.windows.map((w) => (
                  <Box component="th" key={w} sx={{ px: 1, py: 0.5, position: 'sticky', top: 0, bgcolor: '#f3f6f8' }}>
                    {w}
                  </Box>
                ))}
              </tr>
            </thead>
            <tbody>
              {cells.map((line, row) => (
                <tr key={slots.days[row]!.date}>
                  <Box component="th" scope="row" sx={{ textAlign: 'left', px: 1, fontWeight: 500, whiteSpace: 'nowrap' }}>
                    {formatDayLabel(slots.days[row]!.date)}
                  </Box>
                  {line.map((cell, col) => {
                    if (!cell) return <td key={col} aria-hidden="true" />;
                    const chosen = sameSlot(cell, value);
                    const isCurrent = sameSlot(cell, current);
                    const takeable = cell.free > 0 && !isCurrent;
                    const text = isCurrent ? 'Cita actual' : placesText(cell.free);
                    return (
                      <Box
                        component="td"
                        key={col}
                        role="gridcell"
                        ref={(el: HTMLTableCellElement | null) => {
                          if (el) refs.current.set(`${row}:${col}`, el);
                          else refs.current.delete(`${row}:${col}`);
                        }}
                        tabIndex={at && at.row === row && at.col === col ? 0 : -1}
                        aria-selected={chosen}
                        aria-disabled={!takeable}
                        aria-label={`${slotLabel(cell)}: ${text}`}
                        onClick={() => {
                          go({ row, col });
                          take(cell);
                        }}
                        onFocus={() => setCursor({ row, col })}
                        onKeyDown={(e) => onKeyDown(e, { row, col }, cell)}
                        sx={{
                          textAlign: 'center',
                          px: 1,
                          py: 0.5,
                          cursor: takeable ? 'pointer' : 'default',
                          color: takeable ? 'text.primary' : 'text.disabled',
                          bgcolor: chosen ? 'primary.main' : 'transparent',
                          ...(chosen && { color: 'primary.contrastText', fontWeight: 600 }),
                          '&:focus': { outline: '2px solid', outlineColor: 'primary.dark', outlineOffset: -2 },
                        }}
                      >
                        {chosen ? `✓ ${text}` : text}
                      </Box>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </Box>
        </Box>
      )}
    </Box>
  );
}
