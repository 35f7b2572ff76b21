import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { BarPlot } from '@mui/x-charts/BarChart';
import { ChartsAxisHighlight } from '@mui/x-charts/ChartsAxisHighlight';
import { ChartsDataProvider } from '@mui/x-charts/ChartsDataProvider';
import { ChartsGrid } from '@mui/x-charts/ChartsGrid';
import { ChartsSurface } from '@mui/x-charts/ChartsSurface';
import { ChartsTooltip } from '@mui/x-charts/ChartsTooltip';
import { ChartsWrapper } from '@mui/x-charts/ChartsWrapper';
import { ChartsXAxis } from '@mui/x-charts/ChartsXAxis';
import { ChartsYAxis } from '@mui/x-charts/ChartsYAxis';
import { LinePlot, MarkPlot } from '@mui/x-charts/LineChart';
import { Panel } from '../../../components/Panel';
import { formatLongPeriod, formatM3, formatPeriod } from '../../../format/format';
import type { ConsumptionPoint } from './types';

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

/**
 * The last periods' consumption; periods over the *alto consumo* threshold (computed by the
 * core from the average of the previous periods) stand out in another colour.
 */
export function ConsumptionChart({ points }: { points: readonly ConsumptionPoint[] }) {
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
          <ChartsDataProvider
            height={220}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            localeText={{ noData: 'Sin lecturas', loading: 'Cargando…' }}
            xAxis={[
              {
                id: 'period',
                scaleType: 'band',
                data: points.map((p) => p.period),
                valueFormatter: formatPeriod,
                height: 24,
                tickLabelInterval: () => true,
              },
            ]}
            yAxis={[{ id: 'm3', width: 36, label: undefined }]}
            series={[
              {
                type: 'bar',
                id: 'consumption',
                label: 'Consumo',
                data: points.map((p) => p.consumptionM3),
                color: CHART_COLORS.normal,
                colorGetter: ({ dataIndex }) => barColor(points[dataIndex]!),
                valueFormatter: (v, { dataIndex }) =>
                  v === null
                    ? null
                    : `${formatM3(v)}${points[dataIndex]?.estimated ? ' (estimado)' : ''}${points[dataIndex]?.high ? ' · ALTO' : ''}`,
              },
              {
                type: 'line',
                id: 'threshold',
                label: 'Umbral alto consumo',
                data: points.map((p) => p.threshold),
                color: CHART_COLORS.threshold,
                showMark: false,
                curve: 'linear',
                valueFormatter: m3,
              },
              {
                type: 'line',
                id: 'average',
                label: 'Promedio',
                data: points.map((p) => p.average),
                color: CHART_COLORS.average,
                showMark: false,
                curve: 'linear',
                valueFormatter: m3,
              },
            ]}
          >
            <ChartsWrapper hideLegend>
              <ChartsSurface
                aria-label="Gráfico de consumo por periodo"
                sx={{ '& .MuiLineChart-line, & path[data-series]': { strokeDasharray: '5 3', strokeWidth: 1.5 } }}
              >
                <ChartsGrid horizontal />
                <BarPlot borderRadius={2} />
                <LinePlot />
                <MarkPlot />
                <ChartsAxisHighlight x="band" />
                <ChartsXAxis axisId="period" tickLabelStyle={{ fontSize: 10 }} />
                <ChartsYAxis axisId="m3" tickLabelStyle={{ fontSize: 10 }} />
              </ChartsSurface>
              <ChartsTooltip trigger="axis" />
            </ChartsWrapper>
          </ChartsDataProvider>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5, mt: 0.5 }}>
            <Key color={CHART_COLORS.normal} label="Consumo (m³)" />
            <Key color={CHART_COLORS.high} label="Alto consumo" />
            <Key color={CHART_COLORS.estimated} label="Estimado" />
            <Key color={CHART_COLORS.threshold} label="Umbral" line />
            <Key color={CHART_COLORS.average} label="Promedio" line />
          </Box>
          {last && (
            <Typography variant="caption" component="p" color="text.secondary" sx={{ mt: 0.5 }}>
              {formatLongPeriod(last.period)}: <strong>{formatM3(last.consumptionM3)}</strong>
              {last.estimated ? ' (estimado)' : ''} · promedio {m3(last.average)} · umbral {m3(last.threshold)}
              {last.high ? ' · ALTO CONSUMO' : ''}
            </Typography>
          )}
        </>
      )}
    </Panel>
  );
}
