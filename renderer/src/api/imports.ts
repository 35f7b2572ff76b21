import { call, type Input, type Output, type Result } from '.';
import type { ImportKind } from '../../../electron/core/contract/import-kinds';
import { procedureQuery } from './queries';

/** ADMINISTRACIÓN → Importar: the columns chosen last time for a kind of file. */
export const importMappingQuery = (kind: ImportKind) => procedureQuery('imports.mapping', { kind });

export type ImportBatchInput = Input<'imports.check'>;
export type ImportBatchResult = Output<'imports.check'>;

/** One batch: the dry run reads, the import writes (one transaction per batch). */
export const sendImportBatch = (batch: ImportBatchInput, write: boolean): Promise<Result<ImportBatchResult>> =>
  call(write ? 'imports.apply' : 'imports.check', batch);

export const saveImportMapping = (kind: ImportKind, mapping: Record<string, string>) =>
  call('imports.saveMapping', { kind, mapping });
