import { z } from 'zod';
import { IMPORT_BATCH_ROWS, IMPORT_KINDS } from './import-kinds';
import { mutation, query } from './define';
import { lineText } from './fields';

/** ADMINISTRACIÓN → Importar: the administrator brings the office's data from the system it replaces. */
const importers = ['ADMIN'] as const;

const kind = z.enum(IMPORT_KINDS, { error: 'Tipo de archivo: padrón, terceros, cartera, facturación o lecturas' });

/** A file's rows as the screen read them, the mapped fields only, each cell as text. */
export const importBatch = z.strictObject({
  kind,
  fileName: lineText('Nombre del archivo', 200).refine((s) => s.length > 0, { error: 'Nombre del archivo: es obligatorio' }),
  rows: z
    .array(
      z.strictObject({
        line: z.number().int().min(1).max(100_000_000),
        values: z.record(z.string().max(40), z.string().max(2000, { error: 'Una celda tiene más de 2000 caracteres' })),
      }),
    )
    .min(1, { error: 'El lote no trae filas' })
    .max(IMPORT_BATCH_ROWS, { error: `Un lote lleva como máximo ${IMPORT_BATCH_ROWS} filas` }),
});
export type ImportBatch = z.output<typeof importBatch>;

const count = z.number().int().min(0);
export const importBatchResult = z.object({
  counts: z.object({ NEW: count, CHANGED: count, UNCHANGED: count, REJECTED: count }),
  /** field: the field key ('' when the row as a whole is refused). */
  rejected: z.array(z.object({ line: z.number(), field: z.string(), reason: z.string() })),
  /** The accepted rows: their natural key and what they are (or were made), for keys repeated across batches. */
  keys: z.array(z.object({ line: z.number(), key: z.string(), status: z.enum(['NEW', 'CHANGED', 'UNCHANGED']) })),
});
export type ImportBatchResult = z.output<typeof importBatchResult>;

const mapping = z.record(z.string().max(40), z.string().max(200));

export const importsContract = {
  /** The dry run of one batch: what would be new, changed, unchanged or refused. Writes nothing. */
  'imports.check': query(importers, importBatch, importBatchResult),
  /** One batch written: all its accepted rows or none. Rows already there change nothing. */
  'imports.apply': mutation(importers, importBatch, importBatchResult),
  /** The columns chosen last time for this kind of file. */
  'imports.mapping': query(importers, z.strictObject({ kind }), z.object({ mapping: mapping.nullable() })),
  'imports.saveMapping': mutation(importers, z.strictObject({ kind, mapping }), z.object({ mapping })),
};
