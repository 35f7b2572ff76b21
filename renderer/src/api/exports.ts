import { call, type Input, type Output, type Result } from '.';
import { downloadFile } from '../components/download';

export type ExportRequest = Input<'exports.file'>;
export type ExportDone = Omit<Output<'exports.file'>, 'base64'>;

/** The bytes the export service sent (base64, the same over IPC and HTTP). */
function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * REPORTES → Exportar: the main process writes the file from the core's pages, the screen hands
 * it to the user as a download. Never throws: a refusal comes back as the core's error.
 */
export async function exportFile(request: ExportRequest): Promise<Result<ExportDone>> {
  const result = await call('exports.file', request);
  if (!result.ok) return result;
  const { base64, ...done } = result.data;
  downloadFile(done.fileName, bytesOf(base64), done.mimeType);
  return { ok: true, data: done };
}
