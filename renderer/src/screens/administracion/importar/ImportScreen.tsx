import UploadFileIcon from '@mui/icons-material/UploadFile';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import {
  IMPORT_FIELDS,
  IMPORT_KINDS,
  IMPORT_KIND_LABELS,
  guessMapping,
  type ImportKind,
} from '../../../../../electron/core/contract/import-kinds';
import { importMappingQuery, saveImportMapping, sendImportBatch } from '../../../api/imports';
import type { ScreenProps } from '../../../app/menu';
import { downloadFile } from '../../../components/download';
import { NoticeAlert, type Notice } from '../../../components/NoticeAlert';
import { Panel } from '../../../components/Panel';
import { formatNumber } from '../../../format/format';
import { ColumnMapping } from './ColumnMapping';
import { type Counts, type RunOutcome, rejectedCsv, runImport } from './import-run';
import { ImportOutcome } from './ImportOutcome';
import { type TableFile, TableFileError, openTableFile } from './table-file';

type Phase = 'idle' | 'checking' | 'checked' | 'importing' | 'done';

/** The saved mapping when the file has all its columns; else the columns matched by name. */
function mappingFor(kind: ImportKind, headers: readonly string[], saved: Record<string, string> | null | undefined) {
  if (saved && Object.values(saved).every((c) => headers.includes(c))) return saved;
  return guessMapping(kind, headers);
}

const summary = (c: Counts) =>
  `${formatNumber(c.NEW)} nuevos, ${formatNumber(c.CHANGED)} cambiados, ${formatNumber(c.UNCHANGED)} sin cambio, ${formatNumber(c.REJECTED)} rechazados`;

/**
 * ADMINISTRACIÓN → Importar: choose the kind and the file → match its columns → REVISAR (the dry
 * run: what is new, changed, unchanged or refused, line by line) → IMPORTAR in batches, each whole
 * or not at all, with Cancelar between them. The same file twice changes nothing.
 */
export function ImportScreen({ active, activation }: ScreenProps) {
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<ImportKind>('PADRON');
  const [table, setTable] = useState<TableFile | null>(null);
  // The columns the administrator changed, for this file and kind; otherwise as last time or by name.
  const [edited, setEdited] = useState<{ table: TableFile; kind: ImportKind; mapping: Record<string, string> } | null>(null);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState<{ rows: number; total: number | null } | null>(null);
  const [dry, setDry] = useState<RunOutcome | null>(null);
  const [done, setDone] = useState<RunOutcome | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const abort = useRef<AbortController | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const kindRef = useRef<HTMLSelectElement>(null);
  const saved = useQuery({ ...importMappingQuery(kind), enabled: active });
  const busy = phase === 'checking' || phase === 'importing';

  useEffect(() => {
    if (active) kindRef.current?.focus();
  }, [active, activation]);

  // The columns are offered once last time's choice is known (or could not be read: by name then).
  const mappingKnown = saved.isSuccess || saved.isError;
  const mapping =
    edited && edited.table === table && edited.kind === kind
      ? edited.mapping
      : table && mappingKnown
        ? mappingFor(kind, table.headers, saved.data?.mapping)
        : {};

  const restart = () => {
    setDry(null);
    setDone(null);
    setPhase('idle');
    setNotice(null);
  };

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    restart();
    setTable(null);
    try {
      setTable(await openTableFile(file));
    } catch (error) {
      const text = error instanceof TableFileError ? error.message : `No se pudo leer ${file.name}: ${String(error)}`;
      setNotice({ severity: 'error', text });
    }
  }

  async function run(write: boolean) {
    if (!table) return;
    const missing = IMPORT_FIELDS[kind].filter((f) => f.required && !mapping[f.key]).map((f) => f.label);
    if (missing.length > 0) {
      setNotice({ severity: 'error', text: `Elija la columna del archivo para: ${missing.join(', ')}.` });
      return;
    }
    setNotice(null);
    if (!write) {
      const kept = await saveImportMapping(kind, mapping);
      if (!kept.ok) return setNotice({ severity: 'error', text: kept.error.message });
    }
    const controller = new AbortController();
    abort.current = controller;
    setPhase(write ? 'importing' : 'checking');
    const total = write && dry ? dry.rows : null;
    setProgress({ rows: 0, total });
    const outcome = await runImport({
      table,
      kind,
      mapping,
      write,
      refusedBefore: write && dry ? dry.rejected : undefined,
      send: sendImportBatch,
      onProgress: (rows) => setProgress({ rows, total }),
      signal: controller.signal,
    }).catch((error: unknown) => ({
      counts: { NEW: 0, CHANGED: 0, UNCHANGED: 0, REJECTED: 0 },
      rejected: [],
      rows: 0,
      cancelled: false,
      failure: error instanceof TableFileError ? error.message : `No se pudo leer el archivo: ${String(error)}`,
    }));
    abort.current = null;
    setProgress(null);
    if (write) {
      // Everything on screen may have changed: read it again once, now.
      void queryClient.invalidateQueries();
      setDone(outcome);
      setPhase('done');
      setNotice(resultNotice(outcome, dry?.rows ?? outcome.rows));
      return;
    }
    if (outcome.failure || outcome.cancelled) {
      setPhase('idle');
      setNotice({
        severity: outcome.failure ? 'error' : 'warning',
        text: outcome.failure ?? 'Revisión cancelada: no se importó nada.',
      });
      return;
    }
    setDry(outcome);
    setPhase('checked');
  }

  const importable = dry ? dry.counts.NEW + dry.counts.CHANGED : 0;
  const percent = progress?.total ? Math.min(100, (progress.rows / progress.total) * 100) : undefined;

  return (
    <Panel title="Importar datos">
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <TextField
          select
          label="Tipo de archivo"
          value={kind}
          disabled={busy}
          onChange={(e) => {
            setKind(e.target.value as ImportKind);
            restart();
          }}
          slotProps={{ select: { native: true }, htmlInput: { ref: kindRef } }}
          sx={{ minWidth: 260 }}
          helperText="Orden: terceros, padrón, cartera, facturación, lecturas"
        >
          {IMPORT_KINDS.map((k) => (
            <option key={k} value={k}>
              {IMPORT_KIND_LABELS[k]}
            </option>
          ))}
        </TextField>
        <Button
          variant="outlined"
          startIcon={<UploadFileIcon />}
          disabled={busy}
          onClick={() => fileRef.current?.click()}
          sx={{ mt: 1 }}
        >
          Elegir archivo
        </Button>
        <input
          ref={fileRef}
          type="file"
          hidden
          aria-label="Archivo a importar"
          accept=".csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => void chooseFile(e)}
        />
        {table && (
          <Box sx={{ mt: 1 }}>
            <Typography variant="body1">{table.name}</Typography>
            <Typography variant="body2" color="text.secondary">
              {table.format}; {table.headers.filter(Boolean).length} columnas
            </Typography>
          </Box>
        )}
      </Box>
      <NoticeAlert notice={notice} onClose={() => setNotice(null)} />
      {table && mappingKnown && (
        <>
          <ColumnMapping
            kind={kind}
            headers={table.headers}
            mapping={mapping}
            disabled={busy}
            onChange={(field, column) => {
              setEdited({ table, kind, mapping: { ...mapping, [field]: column } });
              setDry(null);
              setPhase('idle');
            }}
          />
          <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', my: 1 }}>
            <Button variant="contained" disabled={busy || !mappingKnown} onClick={() => void run(false)}>
              Revisar (simulacro)
            </Button>
            <Button
              variant="contained"
              color="success"
              disabled={busy || phase !== 'checked' || importable === 0}
              onClick={() => void run(true)}
            >
              {dry ? `Importar ${formatNumber(importable)} filas` : 'Importar'}
            </Button>
            {busy && (
              <Button variant="outlined" color="warning" onClick={() => abort.current?.abort()}>
                Cancelar
              </Button>
            )}
          </Box>
          {progress && (
            <Box role="status" sx={{ mb: 1 }}>
              <LinearProgress
                aria-label={phase === 'importing' ? 'Importando' : 'Revisando'}
                variant={percent === undefined ? 'indeterminate' : 'determinate'}
                value={percent}
              />
              <Typography variant="body2" color="text.secondary">
                {phase === 'importing' ? 'Importando' : 'Revisando'}: {formatNumber(progress.rows)}
                {progress.total ? ` de ${formatNumber(progress.total)}` : ''} filas…
              </Typography>
            </Box>
          )}
          {dry && phase !== 'done' && (
            <ImportOutcome
              title="Resultado del simulacro (no se ha guardado nada)"
              counts={dry.counts}
              rejected={dry.rejected}
              onDownload={() =>
                downloadFile(
                  `rechazados-${table.name.replace(/\.[^.]+$/, '')}.csv`,
                  rejectedCsv(dry.rejected),
                  'text/csv;charset=utf-8',
                )
              }
            />
          )}
          {done && phase === 'done' && (
            <ImportOutcome
              title="Resultado de la importación"
              counts={done.counts}
              rejected={done.rejected}
              onDownload={() =>
                downloadFile(
                  `rechazados-${table.name.replace(/\.[^.]+$/, '')}.csv`,
                  rejectedCsv(done.rejected),
                  'text/csv;charset=utf-8',
                )
              }
            />
          )}
        </>
      )}
    </Panel>
  );
}

function resultNotice(outcome: RunOutcome, total: number): Notice {
  if (outcome.failure) {
    return {
      severity: 'error',
      text: `La importación se detuvo: ${outcome.failure} Los lotes anteriores quedaron completos (${summary(outcome.counts)}); el lote del error no guardó nada. Corrija y vuelva a importar el archivo: lo ya importado no se repite.`,
    };
  }
  if (outcome.cancelled) {
    return {
      severity: 'warning',
      text: `Importación cancelada después de ${formatNumber(outcome.rows)} de ${formatNumber(total)} filas, en lotes completos (${summary(outcome.counts)}). Vuelva a importar el archivo para completarla: lo ya importado no se repite.`,
    };
  }
  return { severity: 'success', text: `Importación terminada: ${summary(outcome.counts)}.` };
}
