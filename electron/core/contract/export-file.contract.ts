import { z } from 'zod';
import type { Role } from '../../../db/schema/enums';
import { query } from './define';
import { PADRON_EXPORTERS, PAYMENT_EXPORTERS, REQUEST_EXPORTERS } from './exports.contract';
import './fields';

/**
 * REPORTES → Exportar: a file of the day's payments, the padrón or a period's trámites, CSV or
 * XLSX. Served by the main process's export service (electron/exports), not by dispatch: the
 * file is written asynchronously while the core's pages are read, so the counters keep being
 * answered. Each kind reads through its own core procedure, whose access list decides who may.
 */
export const EXPORT_KINDS = ['PAGOS', 'PADRON', 'TRAMITES'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export const EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The core procedure each kind reads: may(EXPORT_SOURCES[kind], role) says who may export it. */
export const EXPORT_SOURCES = {
  PAGOS: 'exports.payments',
  PADRON: 'exports.padron',
  TRAMITES: 'exports.requests',
} as const satisfies Record<ExportKind, string>;

const exporters: readonly Role[] = [...new Set<Role>([...PAYMENT_EXPORTERS, ...PADRON_EXPORTERS, ...REQUEST_EXPORTERS])];

/** The date (PAGOS) and the period (TRAMITES) are checked by the core procedure, after the role. */
export const exportFileInput = z.strictObject({
  kind: z.enum(EXPORT_KINDS, { error: 'Qué exportar: elija pagos del día, padrón o trámites' }),
  format: z.enum(EXPORT_FORMATS, { error: 'Formato: elija CSV o XLSX' }),
  date: z.string().optional(),
  period: z.object({ from: z.string().optional(), to: z.string().optional() }).optional(),
});
export type ExportFileInput = z.infer<typeof exportFileInput>;

export const exportFile = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  /** The file's bytes (base64: the same over IPC and over the browser mode's JSON). */
  base64: z.string(),
  rows: z.number(),
});
export type ExportFile = z.infer<typeof exportFile>;

export const exportFileContract = {
  'exports.file': query(exporters, exportFileInput, exportFile),
};
export type ExportFileContract = typeof exportFileContract;
