import { readFile } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { APP_HOST, APP_SCHEME } from '../transports/app-origin';
import { COMMON_HEADERS, assetHeaders, renderIndexPage, resolveStatic } from '../transports/static-files';

/**
 * The app:// scheme the desktop window loads the renderer from. Kept free of runtime electron
 * imports so a test can call `respondToAppRequest` with a plain Request.
 */

/**
 * standard: real origin, relative URLs and localStorage work; secure: treated like https;
 * supportFetchAPI + corsEnabled: Vite's `<script type="module" crossorigin>` loads.
 * No service workers, no bypassing CSP.
 */
export const APP_SCHEME_DEFINITION: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Serves out/renderer with the same rules and headers as browser mode; no token over IPC. */
export async function respondToAppRequest(rendererDir: string, request: Request): Promise<Response> {
  try {
    return await respond(rendererDir, request);
  } catch {
    return plain(500, 'No se pudo leer la interfaz de Ventanilla.');
  }
}

async function respond(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return plain(404, 'No encontrado');
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Método no permitido');
  const target = await resolveStatic(rendererDir, url.pathname);
  if (target.kind === 'forbidden') return plain(403, 'Ruta no permitida');
  if (target.kind === 'not-found') return plain(404, 'No encontrado');
  if (target.kind === 'index') {
    const page = await renderIndexPage(rendererDir, '');
    return new Response(page.body, { status: 200, headers: page.headers });
  }
  const content = await readFile(target.file);
  return new Response(new Uint8Array(content), { status: 200, headers: assetHeaders(target.contentType) });
}
