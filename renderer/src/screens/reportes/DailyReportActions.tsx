import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { useSessionInfo } from '../../app/session-context';
import { dailyReportNumber } from '../../../../electron/core/contract/print.contract';
import { PrintButton, type Company, type DailyReport } from '../../documents';
import { dailyCsv } from './export/daily-csv';
import { dailyXlsx } from './export/daily-xlsx';
import { downloadFile } from './export/download';
import { exportFileName } from './export/export-meta';
import { XLSX_MIME } from './export/xlsx';

interface Props {
  report: DailyReport | null;
  loadedAt: string | null;
  company: Company | null;
}

type Notice = { severity: 'success' | 'error'; text: string } | null;

/**
 * IMPRIMIR, Exportar CSV and Exportar XLSX of the report's day, signed by whoever is logged in: the
 * print service reads the day's figures again when it prints.
 */
export function DailyReportActions({ report, loadedAt, company }: Props) {
  const { user } = useSessionInfo();
  const [notice, setNotice] = useState<Notice>(null);
  const ready = report !== null && loadedAt !== null;

  function exportAs(kind: 'csv' | 'xlsx') {
    if (!report || !loadedAt) return;
    const name = exportFileName(report.date, kind);
    const meta = { company: company?.name ?? '', generatedBy: user.fullName, generatedAt: loadedAt };
    try {
      if (kind === 'csv') downloadFile(name, dailyCsv(report, meta), 'text/csv;charset=utf-8');
      else downloadFile(name, dailyXlsx(report, meta), XLSX_MIME);
      setNotice({ severity: 'success', text: `Se descargó ${name}.` });
    } catch (e) {
      setNotice({ severity: 'error', text: `No se pudo generar ${name}: ${e instanceof Error ? e.message : String(e)}` });
    }
  }

  // IMPRIMIR last: the outcome it shows under itself then has the rest of the row to grow into.
  return (
    <Box sx={{ flex: 1, minWidth: 0, display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', gap: 1 }}>
      <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button variant="outlined" startIcon={<DownloadIcon />} disabled={!ready} onClick={() => exportAs('csv')}>
            Exportar CSV
          </Button>
          <Button variant="outlined" startIcon={<DownloadIcon />} disabled={!ready} onClick={() => exportAs('xlsx')}>
            Exportar XLSX
          </Button>
        </Box>
        {notice && (
          <Alert
            severity={notice.severity}
            onClose={() => setNotice(null)}
            role={notice.severity === 'error' ? 'alert' : 'status'}
            sx={{ maxWidth: 360 }}
          >
            {notice.text}
          </Alert>
        )}
      </Box>
      <Box sx={{ flex: '1 1 280px', minWidth: 0 }}>
        <PrintButton
          // A new date is a new document: the last print's outcome belongs to the old one.
          key={report?.date}
          type="INFORME_DIARIO"
          number={dailyReportNumber(report?.date ?? '')}
          disabled={!ready}
        />
      </Box>
    </Box>
  );
}
