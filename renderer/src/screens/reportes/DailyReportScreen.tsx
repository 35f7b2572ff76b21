import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import type { ScreenProps } from '../../app/menu';
import { useSessionInfo } from '../../app/session-context';
import { Panel } from '../../components/Panel';
import { dailySections } from '../../documents/informe/daily-sections';
import { formatInstant, formatLongDate } from '../../format/format';
import { useCompany } from '../../api/company';
import { reportQueries } from '../../api/reports';
import { DailyReportActions } from './DailyReportActions';
import { ReportDateField } from './ReportDateField';
import { SectionTable } from './SectionTable';
import { TotalsCards } from './TotalsCards';
import { useReport } from './use-report';

/**
 * REPORTES → Informe diario: what the office did on a day — money by cashier and method,
 * voids, the tills and their over/short, documents by asesor, the PQR and the counter trámites —
 * to print and to export.
 */
export function DailyReportScreen({ active, activation }: ScreenProps) {
  const { today } = useSessionInfo();
  const { company, error: companyError } = useCompany();
  const dateRef = useRef<HTMLInputElement>(null);
  // The same date chosen again is read again: the day may have moved on.
  const { date, choose, data: report, loadedAt, error, loading } = useReport(reportQueries.daily, today, active);

  useEffect(() => {
    if (active) dateRef.current?.focus();
  }, [active, activation]);

  const sections = report ? dailySections(report) : [];
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.25, maxWidth: 1280 }}>
      <Panel title="Informe diario">
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 2 }}>
          <ReportDateField date={date} today={today} onChange={choose} inputRef={dateRef} busy={loading} />
          <DailyReportActions report={report} loadedAt={loadedAt} company={company} />
        </Box>
        {loading && <LinearProgress aria-label="Leyendo el informe" sx={{ mt: 1 }} />}
        {error && (
          <Alert severity="error" sx={{ mt: 1 }}>
            {error}
          </Alert>
        )}
        {companyError && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            No se pudieron leer los datos de la empresa para exportar: {companyError}
          </Alert>
        )}
        {report && loadedAt && (
          <Typography variant="body2" sx={{ mt: 1 }} role="status">
            Informe del <strong>{formatLongDate(report.date)}</strong> · cifras leídas el {formatInstant(loadedAt)}
            {report.date === today && '; el día sigue en curso'}
          </Typography>
        )}
      </Panel>
      {report && (
        <>
          <TotalsCards totals={report.totals} currency={report.currency} />
          {sections
            .filter((s) => s.id !== 'totals')
            .map((section) => (
              <SectionTable key={section.id} section={section} currency={report.currency} />
            ))}
        </>
      )}
    </Box>
  );
}
