import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function runHost(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join('electron', 'host.ts')], {
    cwd: root,
    env: { ...process.env, TSX_TSCONFIG_PATH: 'tsconfig.web.json', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('browser-mode host', () => {
  it('stops with exit code 2 and one Spanish line, no stack trace, on a wrong variable', () => {
    const result = runHost({ VENTANILLA_DEMO: 'quizás', VENTANILLA_PORT: '0' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'VENTANILLA_DEMO="quizás" no es válido: use 0 (oficina vacía) o 1 (oficina de demostración).',
    );
    expect(result.stdout).not.toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('refuses an empty archive folder the same way', () => {
    const result = runHost({ VENTANILLA_ARCHIVE: ' ', VENTANILLA_DB: ':memory:', VENTANILLA_PORT: '0' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'VENTANILLA_ARCHIVE está vacía: indique la carpeta del archivo de documentos o quite la variable.',
    );
  });

  it('refuses a port out of range the same way', () => {
    const result = runHost({ VENTANILLA_PORT: '99999' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('VENTANILLA_PORT="99999" no es válido');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
