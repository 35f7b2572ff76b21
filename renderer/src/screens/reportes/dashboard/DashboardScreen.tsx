import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { useEffect, useRef } from 'react';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import { DataList } from '../../../components/DataList';
import { Panel } from '../../../components/Panel';
import { formatCurrency, formatDate } from '../../../format/format';
import { useCompany } from '../../../api/company';
import { reportQueries } from '../../../api/reports';
import { ReportDateField } from '../ReportDateField';
import { useReport } from '../use-report';
import { CollectedChart, DocumentsChart, MethodsChart } from './DashboardCharts';

/** REPORTES → Tablero: the chosen day and the 30 days up to it, in charts. */
export function DashboardScreen({ active, activation }: ScreenProps) {
  const { today } = useSessionInfo();
  const { company } = useCompany();
  const currency = company?.currency ?? 'COP';
  const dateRef = useRef<HTMLInputElement>(null);
  const { date, choose, data: board, error, loading } = useReport(reportQueries.dashboard, today, active);

  useEffect(() => {
    if (active) dateRef.current?.focus();
  }, [active, activation]);

  const days = board?.days ?? [];
  const sum = (pick: (d: (typeof days)[number]) => number) => days.reduce((t, d) => t + pick(d), 0);
  const first = days[0];

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, maxWidth: 1280 }}>
      <Panel title="Tablero">
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 3 }}>
          <ReportDateField date={date} today={today} onChange={choose} inputRef={dateRef} busy={loading} />
          {board && first && (
            <DataList
              items={[
                ['Periodo', `${formatDate(first.date)} a ${formatDate(board.date)}`],
                [
                  'Recaudado en el periodo',
                  formatCurrency(
                    sum((d) => d.collected),
                    currency,
                  ),
                ],
                ['Recibos', String(sum((d) => d.receipts))],
                ['Facturas · cupones', `${sum((d) => d.facturas)} · ${sum((d) => d.coupons)}`],
              ]}
            />
          )}
        </Box>
        {loading && <LinearProgress aria-label="Leyendo el tablero" sx={{ mt: 1 }} />}
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
      </Panel>
      {board && (
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '2fr 1fr' }, gap: 1.25 }}>
          <CollectedChart days={board.days} currency={currency} />
          <MethodsChart byMethod={board.byMethod} currency={currency} title={`Medios de pago del ${formatDate(board.date)}`} />
          <Box sx={{ gridColumn: '1 / -1' }}>
            <DocumentsChart days={board.days} />
          </Box>
        </Box>
      )}
    </Box>
  );
}
