import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import { UNASSIGNED } from '../../../documents/agenda/RouteSheet';
import type { AgendaDay, DayVisit } from './agenda-text';

export interface GridVisit extends DayVisit {
  worker: string;
}

/** The day's visits by window, each window in route order; a window fuller than the setting keeps every visit. */
export function visitsByWindow(day: AgendaDay): Map<string, GridVisit[]> {
  const byWindow = new Map<string, GridVisit[]>(day.windows.map((w) => [w, []]));
  for (const group of day.groups) {
    for (const visit of group.visits) {
      const list = byWindow.get(visit.timeWindow) ?? [];
      list.push({ ...visit, worker: group.fieldWorker?.name ?? UNASSIGNED });
      byWindow.set(visit.timeWindow, list);
    }
  }
  for (const list of byWindow.values()) list.sort((a, b) => a.routeCode.localeCompare(b.routeCode));
  return new Map([...byWindow].sort(([a], [b]) => a.localeCompare(b)));
}

const cellSx = { border: 1, borderColor: 'divider', p: 0.5, verticalAlign: 'top', minWidth: 200 } as const;

/** Windows × places: who is booked (radicado, código, name, route, field worker); a click opens the visit. */
export function AgendaGrid({ day, onOpen }: { day: AgendaDay; onOpen(visit: GridVisit): void }) {
  const windows = visitsByWindow(day);
  const places = Math.max(day.capacity, ...[...windows.values()].map((v) => v.length));
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Box
        component="table"
        aria-label="Visitas del día por franja y cupo"
        sx={{ borderCollapse: 'collapse', fontSize: '0.8rem', width: '100%' }}
      >
        <thead>
          <tr>
            <Box component="th" sx={{ ...cellSx, minWidth: 100, bgcolor: '#f3f6f8', textAlign: 'left' }}>
              Franja
            </Box>
            {Array.from({ length: places }, (_, i) => (
              <Box component="th" key={i} sx={{ ...cellSx, bgcolor: '#f3f6f8', textAlign: 'left' }}>
                Cupo {i + 1}
              </Box>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...windows].map(([timeWindow, visits]) => (
            <tr key={timeWindow}>
              <Box component="th" scope="row" sx={{ ...cellSx, minWidth: 100, textAlign: 'left' }}>
                {timeWindow}
              </Box>
              {Array.from({ length: places }, (_, i) => {
                const visit = visits[i];
                return (
                  <Box component="td" key={i} sx={cellSx}>
                    {visit ? (
                      <ButtonBase
                        onClick={() => onOpen(visit)}
                        aria-label={`${visit.filingNumber} · ${visit.subscriberCode} ${visit.name} · ruta ${visit.routeCode} · ${visit.worker}`}
                        sx={{
                          display: 'block',
                          width: '100%',
                          textAlign: 'left',
                          p: 0.5,
                          borderRadius: 1,
                          bgcolor: visit.status === 'REALIZADA' ? '#eef5ee' : '#eaf1f8',
                          '&:hover, &.Mui-focusVisible': { outline: '2px solid', outlineColor: 'primary.main' },
                        }}
                      >
                        <Box sx={{ fontFamily: 'monospace', fontWeight: 600 }}>{visit.filingNumber}</Box>
                        <Box>
                          {visit.subscriberCode} · {visit.name}
                        </Box>
                        <Box sx={{ color: 'text.secondary' }}>
                          Ruta {visit.routeCode} · {visit.worker}
                          {visit.status === 'REALIZADA' && ' · realizada'}
                        </Box>
                      </ButtonBase>
                    ) : (
                      <Box sx={{ color: 'text.disabled', p: 0.5 }}>Libre</Box>
                    )}
                  </Box>
                );
              })}
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
}
