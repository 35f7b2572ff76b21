import { setImmediate as nextTurn } from 'node:timers/promises';
import { civilDateOf, type Clock } from '../core/clock';
import type { Result } from '../core/contract';
import type { OfficeFormat } from '../core/contract/company.contract';
import { EXPORT_SOURCES, exportFileInput, type ExportFile, type ExportFileInput } from '../core/contract/export-file.contract';
import type { Dispatch } from '../core/dispatch';
import { issuesOf } from '../core/dispatch';
import { EXPORT_LAYOUTS, type Column, type Value } from './columns';
import { csvWriter, xlsxWriter, type FileWriter } from './file-writers';

/**
 * REPORTES → Exportar, in the process that owns the database: reads the kind's core procedure
 * page by page through dispatch (so the session, the role and the date or period are checked
 * there, as for any call) and writes each page into the file at once. Between pages it lets the
 * event loop answer the counters: a 200,000-subscriber padrón never stops CAJA.
 */
export interface ExportService {
  handle(session: string | null, name: string, input: unknown): Promise<Result<ExportFile>>;
}

/** Rows read per call of the core: big enough to be quick, small enough not to hold the loop. */
export const EXPORT_READ_PAGE = 500;

const MIME = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

interface Page {
  rows: unknown[];
  next: number | null;
  office: OfficeFormat;
}

/** pagos-2026-11-24.csv, padron-2026-11-24.xlsx, tramites-2026-11-01-a-2026-11-30.csv */
function fileName(input: ExportFileInput, today: string): string {
  const stem =
    input.kind === 'PAGOS'
      ? `pagos-${input.date}`
      : input.kind === 'PADRON'
        ? `padron-${today}`
        : `tramites-${input.period?.from}-a-${input.period?.to}`;
  return `${stem}.${input.format}`;
}

/** What the kind's core procedure takes besides the page. */
function params(input: ExportFileInput): Record<string, unknown> {
  if (input.kind === 'PAGOS') return { date: input.date };
  if (input.kind === 'TRAMITES') return { period: input.period ?? {} };
  return {};
}

const UNEXPECTED = 'Ocurrió un error inesperado al escribir el archivo. Si se repite, avise al administrador.';

export function createExportService(deps: {
  dispatch: Dispatch;
  clock: Clock;
  log?: (message: string, error: unknown) => void;
}): ExportService {
  const { dispatch, clock } = deps;
  const log = deps.log ?? ((message, error) => console.error(`[ventanilla] ${message}`, error));
  return {
    async handle(session, name, raw) {
      try {
        return await write(session, name, raw);
      } catch (error) {
        log('exportación: error inesperado', error);
        return { ok: false, error: { code: 'INTERNAL', message: UNEXPECTED } };
      }
    },
  };

  async function write(session: string | null, name: string, raw: unknown): Promise<Result<ExportFile>> {
    if (name !== 'exports.file')
      return { ok: false, error: { code: 'UNKNOWN_PROCEDURE', message: 'La acción solicitada no existe.' } };
    const parsed = exportFileInput.safeParse(raw);
    if (!parsed.success) {
      const issues = issuesOf(parsed.error);
      return { ok: false, error: { code: 'VALIDATION', message: issues[0]?.message ?? 'Datos no válidos', issues } };
    }
    const input = parsed.data;
    const layout = EXPORT_LAYOUTS[input.kind];
    const columns = layout.columns as readonly Column<unknown>[];
    let writer: FileWriter | undefined;
    let office: OfficeFormat | undefined;
    let after: number | null = null;
    let rows = 0;
    do {
      const answer = dispatch(session, EXPORT_SOURCES[input.kind], {
        ...params(input),
        limit: EXPORT_READ_PAGE,
        ...(after === null ? {} : { after }),
      });
      if (!answer.ok) return answer;
      const page = answer.data as Page;
      office = page.office;
      writer ??=
        input.format === 'csv'
          ? csvWriter(layout, office)
          : xlsxWriter(layout, office, { creator: 'Ventanilla', created: clock.now() });
      writer.add(page.rows.map((row): Value[] => columns.map((c) => c.value(row))));
      rows += page.rows.length;
      after = page.next;
      await nextTurn();
    } while (after !== null);
    const bytes = await writer!.finish();
    return {
      ok: true,
      data: {
        fileName: fileName(input, civilDateOf(clock.now(), office!.timeZone)),
        mimeType: MIME[input.format],
        base64: Buffer.from(bytes).toString('base64'),
        rows,
      },
    };
  }
}
