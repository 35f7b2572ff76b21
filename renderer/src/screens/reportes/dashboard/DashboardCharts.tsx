import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { PieChart } from '@mui/x-charts/PieChart';
import type { Dashboard } from '../../../../../electron/core/contract/reports.contract';
import { Panel } from '../../../components/Panel';
import { formatCurrency, formatDayMonth, formatPercent, formatWeekdayDayMonth, type Currency } from '../../../format/format';
import { TENDER_METHOD_LABELS } from '../../../format/labels';
import { axisMoney } from './chart-format';

const COLORS = {
  collected: '#3d7396',
  chosenDay: '#0d4a6b',
  facturas: '#00897b',
  coupons: '#f9a825',
  methods: { EFECTIVO: '#2e7d32', TARJETA: '#3d7396', TRANSFERENCIA: '#8e24aa', CONSIGNACION: '#ef6c00' },
} as const;

const LOCALE_TEXT = { noData: 'Sin datos', loading: 'Cargando…' };

type Day = Dashboard['days'][number];
const dayAxis = (days: readonly Day[]) => ({
  data: days.map((d) => d.date),
  valueFormatter: (date: string, context: { location: string }) =>
    context.location === 'tick' ? formatDayMonth(date) : formatWeekdayDayMonth(date),
  height: 28,
});

/** Collected per day: the chosen day (the last) darker. */
export function CollectedChart({ days, currency }: { days: readonly Day[]; currency: Currency }) {
  return (
    <Panel title="Recaudado por día — últimos 30 días">
      <BarChart
        height={250}
        margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
        localeText={LOCALE_TEXT}
        hideLegend
        grid={{ horizontal: true }}
        xAxis={[{ scaleType: 'band', ...dayAxis(days) }]}
        yAxis={[{ width: 72, valueFormatter: (v: number) => axisMoney(v, currency) }]}
        series={[
          {
            id: 'collected',
            label: 'Recaudado',
            data: days.map((d) => d.collected),
            color: COLORS.collected,
            colorGetter: ({ dataIndex }) => (dataIndex === days.length - 1 ? COLORS.chosenDay : COLORS.collected),
            valueFormatter: (v, { dataIndex }) =>
              v === null ? null : `${formatCurrency(v, currency)} · ${days[dataIndex]?.receipts ?? 0} recibos`,
          },
        ]}
      />
    </Panel>
  );
}

/** Facturas and payment coupons made per day. */
export function DocumentsChart({ days }: { days: readonly Day[] }) {
  return (
    <Panel title="Facturas y cupones por día — últimos 30 días">
      <LineChart
        height={230}
        margin={{ top: 8, right: 12, bottom: 0, left: 0 }}
        localeText={LOCALE_TEXT}
        grid={{ horizontal: true }}
        xAxis={[{ scaleType: 'point', ...dayAxis(days) }]}
        yAxis={[{ width: 36, tickMinStep: 1 }]}
        series={[
          { id: 'facturas', label: 'Facturas', data: days.map((d) => d.facturas), color: COLORS.facturas, curve: 'linear' },
          { id: 'coupons', label: 'Cupones de pago', data: days.map((d) => d.coupons), color: COLORS.coupons, curve: 'linear' },
        ]}
      />
    </Panel>
  );
}

/** The chosen day's money by method: a ring, and every method with its amount and share. */
export function MethodsChart({
  byMethod,
  currency,
  title,
}: {
  byMethod: Dashboard['byMethod'];
  currency: Currency;
  title: string;
}) {
  const total = byMethod.reduce((t, m) => t + m.amount, 0);
  return (
    <Panel title={title}>
      {total === 0 ? (
        <Typography variant="body2" color="text.secondary">
          No hubo pagos este día.
        </Typography>
      ) : (
        <PieChart
          height={170}
          margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
          localeText={LOCALE_TEXT}
          hideLegend
          series={[
            {
              innerRadius: '55%',
              paddingAngle: 1,
              cornerRadius: 2,
              data: byMethod
                .filter((m) => m.amount > 0)
                .map((m) => ({
                  id: m.method,
                  value: m.amount,
                  label: TENDER_METHOD_LABELS[m.method],
                  color: COLORS.methods[m.method],
                })),
              valueFormatter: (item) => formatCurrency(item.value, currency),
            },
          ]}
        />
      )}
      <Box component="dl" sx={{ m: 0, mt: 1, display: 'grid', gridTemplateColumns: 'auto 1fr auto', columnGap: 1, rowGap: 0.25 }}>
        {byMethod.map((m) => (
          <Box key={m.method} sx={{ display: 'contents', fontSize: '0.8rem' }}>
            <Box component="dt" sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
              <Box sx={{ width: 10, height: 10, borderRadius: '2px', bgcolor: COLORS.methods[m.method] }} />
              {TENDER_METHOD_LABELS[m.method]}
            </Box>
            <Box component="dd" sx={{ m: 0, textAlign: 'right', fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
              {formatCurrency(m.amount, currency)}
            </Box>
            <Box component="dd" sx={{ m: 0, textAlign: 'right', color: 'text.secondary', minWidth: 40 }}>
              {total ? formatPercent((100 * m.amount) / total, 0) : '—'}
            </Box>
          </Box>
        ))}
      </Box>
    </Panel>
  );
}
