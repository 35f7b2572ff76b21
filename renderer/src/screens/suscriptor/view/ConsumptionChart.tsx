import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { memo, type ReactNode } from 'react';
import { Panel } from '../../../components/Panel';
import { formatLongPeriod, formatM3, formatNumber, formatPeriod } from '../../../format/format';
import type { ConsumptionPoint, StuckMeter } from './types';

const CHART_COLORS = {
  normal: '#3d7396',
  high: '#d84315',
  estimated: '#90a4ae',
  threshold: '#c62828',
  average: '#37474f',
} as const;

const barColor = (p: ConsumptionPoint) =>
  p.high ? CHART_COLORS.high : p.estimated ? CHART_COLORS.estimated : CHART_COLORS.normal;
const m3 = (v: number | null) => (v === null ? 'sin promedio' : formatM3(v));

function Key({ color, label, line = false }: { color: string; label: string; line?: boolean }) {
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.5, fontSize: '0.72rem' }}>
      <Box
        sx={
          line
            ? { width: 16, borderTop: '2px dashed', borderColor: color }
            : { width: 11, height: 11, bgcolor: color, borderRadius: '2px' }
        }
      />
      {label}
    </Box>
  );
}

/** The same for every subscriber: one element, never drawn again. */
const LEGEND = (
  <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mt: 0.5 }}>
    <Key color={CHART_COLORS.normal} label="Consumo (m³)" />
    <Key color={CHART_COLORS.high} label="Alto consumo" />
    <Key color={CHART_COLORS.estimated} label="Estimado" />
    <Key color={CHART_COLORS.threshold} label="Umbral" line />
    <Key color={CHART_COLORS.average} label="Promedio" line />
  </Box>
);

/** The plot's box, in the SVG's own units (it scales to the panel's width). */
const SIZE = { width: 480, height: 220, left: 34, right: 6, top: 8, bottom: 20 };

/** A round step for about four grid lines up to `top`: 1, 2 or 5 times a power of ten. */
function gridStep(top: number): number {
  const raw = top / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const n = raw / power;
  return (n <= 1 ? 1 : n <= 2 ? 2 : n <= 5 ? 5 : 10) * power;
}

/** A dashed line through the values; a period without one (no history) breaks it. */
function linePath(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string {
  let path = '';
  values.forEach((v, i) => {
    if (v === null) return;
    path += `${path === '' || values[i - 1] === null ? 'M' : 'L'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
  });
  return path;
}

const describe = (p: ConsumptionPoint) =>
  `${formatLongPeriod(p.period)}: ${formatM3(p.consumptionM3)}${p.estimated ? ' (estimado)' : ''}${p.high ? ' · ALTO' : ''}` +
  ` · promedio ${m3(p.average)} · umbral ${m3(p.threshold)}`;

/**
 * Bars for the consumption, dashed lines for the threshold and the average: plain SVG, drawn in
 * the same frame as the rest of the subscriber (each bar says its numbers on hover).
 */
function Plot({ points }: { points: readonly ConsumptionPoint[] }) {
  const { width, height, left, right, top, bottom } = SIZE;
  const highest = Math.max(1, ...points.flatMap((p) => [p.consumptionM3, p.threshold ?? 0, p.average ?? 0]));
  const step = gridStep(highest);
  const max = Math.ceil(highest / step) * step;
  const band = (width - left - right) / points.length;
  const x = (i: number) => left + band * (i + 0.5);
  const y = (v: number) => top + (height - top - bottom) * (1 - v / max);
  const grid = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => i * step);
  const label = { fontSize: 10, fill: '#4d5f6b' };
  return (
    <svg
      role="img"
      aria-label="Gráfico de consumo por periodo"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ display: 'block' }}
    >
      {grid.map((v) => (
        <g key={v}>
          <line x1={left} x2={width - right} y1={y(v)} y2={y(v)} stroke="#e3e8ec" />
          <text x={left - 4} y={y(v)} textAnchor="end" dominantBaseline="middle" {...label}>
            {formatNumber(v, 1)}
          </text>
        </g>
      ))}
      {points.map((p, i) => (
        <rect
          key={p.period}
          x={x(i) - band * 0.35}
          width={band * 0.7}
          y={y(p.consumptionM3)}
          height={y(0) - y(p.consumptionM3)}
          rx={2}
          fill={barColor(p)}
        >
          <title>{describe(p)}</title>
        </rect>
      ))}
      {(['threshold', 'average'] as const).map((line) => (
        <path
          key={line}
          d={linePath(
            points.map((p) => p[line]),
            x,
            y,
          )}
          fill="none"
          stroke={CHART_COLORS[line]}
          strokeWidth={1.5}
          strokeDasharray="5 3"
        />
      ))}
      {points.map((p, i) => (
        <text key={p.period} x={x(i)} y={height - 5} textAnchor="middle" {...label}>
          {formatPeriod(p.period)}
        </text>
      ))}
    </svg>
  );
}

/**
 * Seed 004: the same reading period after period, or the latest period over its threshold; the
 * meter should be inspected, and the trámite is offered to whoever may radicate it.
 */
function InspectionNote({ label, onInspect, children }: { label: string; onInspect?: () => void; children: ReactNode }) {
  const offer = onInspect && (
    <Button color="inherit" size="small" onClick={onInspect}>
      RADICAR INSPECCIÓN
    </Button>
  );
  return (
    <Alert severity="warning" role="status" aria-label={label} action={offer} sx={{ mt: 1, py: 0 }}>
      {children} Corresponde una inspección de medidor.
    </Alert>
  );
}

/**
 * The last periods' consumption; periods over the *alto consumo* threshold (computed by the
 * core from the average of the previous periods) stand out in another colour.
 */
export const ConsumptionChart = memo(function ConsumptionChart({
  points,
  stuck,
  onInspect,
}: {
  points: readonly ConsumptionPoint[];
  stuck: StuckMeter | null;
  /** Opens PQR → TRÁMITE for an inspección de medidor; absent for a role that may not radicate. */
  onInspect?: () => void;
}) {
  const last = points.at(-1);
  const highCount = points.filter((p) => p.high).length;
  return (
    <Panel
      title="Consumo últimos 12 periodos"
      action={
        highCount > 0 ? (
          <Chip color="error" label={`Alto consumo: ${highCount} ${highCount === 1 ? 'periodo' : 'periodos'}`} />
        ) : undefined
      }
    >
      {points.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No hay lecturas de consumo.
        </Typography>
      ) : (
        <>
          <Plot points={points} />
          {LEGEND}
          {last && (
            <Typography variant="caption" component="p" color="text.secondary" sx={{ mt: 0.5 }}>
              {formatLongPeriod(last.period)}: <strong>{formatM3(last.consumptionM3)}</strong>
              {last.estimated ? ' (estimado)' : ''} · promedio {m3(last.average)} · umbral {m3(last.threshold)}
              {last.high ? ' · ALTO CONSUMO' : ''}
            </Typography>
          )}
          {stuck ? (
            <InspectionNote label="Medidor detenido" onInspect={onInspect}>
              Medidor detenido: la lectura {formatNumber(stuck.reading, 2)} se repite en los últimos {stuck.periods} periodos,
              desde {formatLongPeriod(stuck.since)}.
            </InspectionNote>
          ) : (
            last?.high && (
              <InspectionNote label="Alto consumo del último periodo" onInspect={onInspect}>
                Alto consumo en {formatLongPeriod(last.period)}: {formatM3(last.consumptionM3)} sobre un umbral de{' '}
                {m3(last.threshold)}.
              </InspectionNote>
            )
          )}
        </>
      )}
    </Panel>
  );
});
