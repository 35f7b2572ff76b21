import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Typography from '@mui/material/Typography';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { auditFilter } from '../../../../../electron/core/contract/audit.contract';
import { AUDIT_EXPORT_MAX, auditOptionsQuery, auditTrailQuery, readAuditTrail, type AuditFilter } from '../../../api/audit';
import { CallError } from '../../../api/queries';
import type { ScreenProps } from '../../../app/menu';
import { useSessionInfo } from '../../../app/session-context';
import { downloadFile } from '../../../components/download';
import { formMessage, serverFieldErrors, zodFieldErrors, type FieldErrors } from '../../../components/form-errors';
import { NoticeAlert, type Notice } from '../../../components/NoticeAlert';
import { Panel } from '../../../components/Panel';
import { formatNumber } from '../../../format/format';
import { auditCsv, auditFileName } from './audit-csv';
import { AuditFilters, EMPTY_FILTER, FILTER_FIELDS, type FilterDraft } from './AuditFilters';
import { AuditTable } from './AuditTable';

/** The filter as the core takes it: what was left empty is not sent. */
const filterOf = (draft: FilterDraft): AuditFilter =>
  Object.fromEntries(Object.entries(draft).filter(([, v]) => v.trim() !== '')) as AuditFilter;

/** ADMINISTRACIÓN → Auditoría: who did what, when, from which puesto, and what changed. */
export function AuditScreen({ active, activation }: ScreenProps) {
  const { today } = useSessionInfo();
  const [draft, setDraft] = useState<FilterDraft>(EMPTY_FILTER);
  const [applied, setApplied] = useState<AuditFilter>({});
  const [checked, setChecked] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice>(null);
  const [reading, setReading] = useState<number | null>(null);
  const firstRef = useRef<HTMLSelectElement>(null);
  const options = useQuery({ ...auditOptionsQuery(), enabled: active });
  const trail = useInfiniteQuery({ ...auditTrailQuery(applied), enabled: active });

  useEffect(() => {
    if (active) firstRef.current?.focus();
  }, [active, activation]);

  // The core's refusal of the filter (Hasta before Desde) goes on its field.
  const refused = trail.error instanceof CallError ? trail.error.apiError : null;
  const placed = refused ? serverFieldErrors(refused) : {};
  const errors = { ...placed, ...checked };
  const refusal = refused ? formMessage(refused, placed, FILTER_FIELDS) : (trail.error?.message ?? null);
  const rows = trail.data?.pages.flatMap((p) => p.rows) ?? [];

  function search() {
    setNotice(null);
    const filter = filterOf(draft);
    const parsed = auditFilter.safeParse(filter);
    if (!parsed.success) return setChecked(zodFieldErrors(parsed.error));
    setChecked({});
    // BUSCAR with the same filter reads again: someone may have acted since.
    if (JSON.stringify(filter) === JSON.stringify(applied)) void trail.refetch();
    else setApplied(filter);
  }

  async function exportCsv() {
    setNotice(null);
    setReading(0);
    const result = await readAuditTrail(applied, AUDIT_EXPORT_MAX, setReading);
    setReading(null);
    if (!result.ok) return setNotice({ severity: 'error', text: result.error.message });
    const name = auditFileName(today);
    downloadFile(name, auditCsv(result.rows), 'text/csv;charset=utf-8');
    const count = `${formatNumber(result.rows.length)} ${result.rows.length === 1 ? 'acción' : 'acciones'}`;
    setNotice(
      result.more
        ? {
            severity: 'warning',
            text: `Se descargó ${name} con las ${formatNumber(AUDIT_EXPORT_MAX)} acciones más recientes del filtro, pero hay más: acote las fechas (Desde, Hasta) y exporte de nuevo para tener el resto.`,
          }
        : { severity: 'success', text: `Se descargó ${name} con ${count}.` },
    );
  }

  return (
    <Panel
      title="Auditoría"
      action={
        <Button
          variant="outlined"
          startIcon={<DownloadIcon />}
          disabled={reading !== null || !trail.data}
          onClick={() => void exportCsv()}
        >
          Exportar CSV
        </Button>
      }
    >
      <AuditFilters
        draft={draft}
        options={options.data ?? null}
        errors={errors}
        busy={trail.isFetching}
        firstRef={firstRef}
        onChange={(patch) => {
          setDraft((d) => ({ ...d, ...patch }));
          setChecked((c) => Object.fromEntries(Object.entries(c).filter(([f]) => !(f in patch))));
        }}
        onSearch={search}
        onClear={() => {
          setDraft(EMPTY_FILTER);
          setChecked({});
          setApplied({});
        }}
      />
      {reading !== null && (
        <Box role="status" sx={{ mb: 1 }}>
          <LinearProgress aria-label="Exportando la auditoría" />
          <Typography variant="body2" color="text.secondary">
            Leyendo la auditoría: {formatNumber(reading)} acciones…
          </Typography>
        </Box>
      )}
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      {refusal && (
        <Alert severity="error" role="alert" sx={{ mb: 1 }}>
          {refusal}
        </Alert>
      )}
      <Box sx={{ height: 4 }}>
        {trail.isFetching && !trail.isFetchingNextPage && <LinearProgress aria-label="Cargando la auditoría" />}
      </Box>
      {trail.data && (
        <>
          <AuditTable rows={rows} />
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 1 }}>
            <Typography variant="body2" color="text.secondary">
              {rows.length === 0
                ? 'Ninguna acción coincide con el filtro.'
                : `${formatNumber(rows.length)} ${rows.length === 1 ? 'acción' : 'acciones'}, la más reciente primero${trail.hasNextPage ? '; hay más' : ''}.`}
            </Typography>
            {trail.hasNextPage && (
              <Button variant="outlined" disabled={trail.isFetchingNextPage} onClick={() => void trail.fetchNextPage()}>
                {trail.isFetchingNextPage ? 'Cargando…' : 'Cargar más'}
              </Button>
            )}
          </Box>
        </>
      )}
    </Panel>
  );
}
