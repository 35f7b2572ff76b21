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

  it('refuses the test clock outside a test run, before opening anything', () => {
    const result = runHost({ VENTANILLA_TEST_CLOCK: '2026-11-24T15:00:00Z', NODE_ENV: 'production', VENTANILLA_PORT: '0' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(
      'VENTANILLA_TEST_CLOCK es solo para pruebas (NODE_ENV=test o development): quite la variable; la oficina usa el reloj del computador.',
    );
    expect(result.stdout).not.toMatch(/http:\/\/127\.0\.0\.1:\d+\//);
  });

  it('refuses a port out of range the same way', () => {
    const result = runHost({ VENTANILLA_PORT: '99999' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('VENTANILLA_PORT="99999" no es válido');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
