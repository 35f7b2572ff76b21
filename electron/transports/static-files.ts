import { randomBytes } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { NONCE_PLACEHOLDER, TOKEN_PLACEHOLDER, contentSecurityPolicy } from '../shared/bridge';

/**
 * Serving the built renderer (out/renderer), shared by the loopback HTTP bridge and the
 * desktop window's app:// protocol, so both apply the same path rules and the same headers.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export type StaticTarget =
  { kind: 'index' } | { kind: 'file'; file: string; contentType: string } | { kind: 'not-found' } | { kind: 'forbidden' };

function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Maps a URL path to a file of `rootDir`. Anything that could climb out of it (`..`, encoded
 * or not, backslashes, NUL, a symlink pointing outside) is refused rather than normalised away.
 * Unknown paths without an extension are the SPA's own routes, so they get index.html; an
 * unknown `/assets/x.js` is a real 404 (serving HTML as a script would only hide the bug).
 */
export async function resolveStatic(rootDir: string, urlPath: string): Promise<StaticTarget> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'forbidden' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return { kind: 'forbidden' };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.includes(':'))) return { kind: 'forbidden' };
  if (segments.length === 0 || (segments.length === 1 && segments[0] === 'index.html')) return { kind: 'index' };

  const root = path.resolve(rootDir);
  const candidate = path.join(root, ...segments);
  if (!isInside(root, candidate)) return { kind: 'forbidden' };
  const info = await stat(candidate).catch(() => null);
  if (info?.isFile()) {
    // A symlink inside the build pointing elsewhere is refused. Where realpath is unavailable
    // (inside a packaged app's asar archive, which holds no symlinks) the lexical check above stands.
    const [realRoot, realFile] = await Promise.all([realpath(root).catch(() => null), realpath(candidate).catch(() => null)]);
    if (realRoot !== null && realFile !== null && !isInside(realRoot, realFile)) return { kind: 'forbidden' };
    return { kind: 'file', file: candidate, contentType: contentTypeOf(candidate) };
  }
  const last = segments[segments.length - 1] ?? '';
  return path.extname(last) === '' ? { kind: 'index' } : { kind: 'not-found' };
}

/** A fresh nonce per page load: a nonce reused across loads would protect nothing. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * Fills renderer/index.html's placeholders. The token is empty in the desktop window, where
 * calls go over IPC and need none.
 */
export function renderIndex(template: string, values: { nonce: string; token: string }): string {
  return template.replaceAll(NONCE_PLACEHOLDER, values.nonce).replaceAll(TOKEN_PLACEHOLDER, values.token);
}

/** Headers every response carries, page or asset. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

export interface RenderedPage {
  body: string;
  headers: Record<string, string>;
}

/** index.html ready to send: placeholders filled, CSP bound to this load's nonce, never cached. */
export async function renderIndexPage(rootDir: string, token: string): Promise<RenderedPage> {
  const template = await readFile(path.join(rootDir, 'index.html'), 'utf8');
  const nonce = newNonce();
  return {
    body: renderIndex(template, { nonce, token }),
    headers: {
      ...COMMON_HEADERS,
      'Content-Type': CONTENT_TYPES['.html']!,
      'Content-Security-Policy': contentSecurityPolicy(nonce),
      'Cache-Control': 'no-store',
    },
  };
}

/** Assets are revalidated rather than cached for good: a rebuild reuses the same origin. */
export function assetHeaders(contentType: string): Record<string, string> {
  return { ...COMMON_HEADERS, 'Content-Type': contentType, 'Cache-Control': 'no-cache' };
}
