import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RENDERER_OUTPUT, RENDERER_SOURCES, isStale, rendererIsStale } from './renderer-freshness.mjs';

const root = path.resolve(import.meta.dirname, '..');

/** Every project file the renderer's build reads: its entry, first-screen prerender and config. */
async function rendererInputs(): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['renderer/src/main.tsx', 'renderer/src/prerender.tsx', 'renderer/vite.config.ts'],
    bundle: true,
    write: false,
    metafile: true,
    packages: 'external',
    platform: 'neutral',
    format: 'esm',
    jsx: 'automatic',
    outdir: 'out/inputs',
    logLevel: 'silent',
    loader: { '.css': 'empty', '.png': 'empty', '.svg': 'empty', '.woff2': 'empty' },
  });
  return Object.keys(result.metafile.inputs);
}

describe("the interface's sources", () => {
  it('cover every file the renderer bundle reads', async () => {
    const inputs = await rendererInputs();
    expect(inputs.length).toBeGreaterThan(100);
    const outside = inputs.filter((file) => !RENDERER_SOURCES.some((folder) => file.startsWith(`${folder}/`)));
    expect(outside).toEqual([]);
    // The contract and the schema's enums are part of it.
    for (const folder of ['electron/core/', 'db/schema/']) expect(inputs.some((f) => f.startsWith(folder))).toBe(true);
  });
});

describe('whether the built interface is out of date', () => {
  let folder: string;
  const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds));
  const file = (relative: string, seconds: number) => {
    const full = path.join(folder, relative);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, '');
    utimesSync(full, at(seconds), at(seconds));
  };

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'ventanilla-fresh-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('is when never built', () => {
    file('renderer/src/main.tsx', 1);
    expect(rendererIsStale(folder)).toBe(true);
  });

  it('is when a contract or schema file changed after the build, not for an unrelated folder', () => {
    file('renderer/src/main.tsx', 1);
    file(RENDERER_OUTPUT, 10);
    file('electron/main/main.ts', 20);
    file('renderer/node_modules/x/index.js', 30);
    expect(rendererIsStale(folder)).toBe(false);
    file('electron/core/contract/cash.contract.ts', 20);
    expect(rendererIsStale(folder)).toBe(true);
    file(RENDERER_OUTPUT, 30);
    file('db/schema/enums.ts', 40);
    expect(rendererIsStale(folder)).toBe(true);
    expect(isStale(folder, [RENDERER_OUTPUT], ['renderer'])).toBe(false);
  });
});
