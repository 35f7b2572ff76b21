import { build } from 'esbuild';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * For tests that run the core in child processes (a crash, a race): bundles `entry` into one
 * ESM file in `outDir`, with better-sqlite3 left to the installed native driver.
 */
export async function bundleChild(entry: string, outDir: string): Promise<string> {
  const outfile = path.join(outDir, `${path.basename(entry, '.ts')}.mjs`);
  const driver = pathToFileURL(createRequire(import.meta.url).resolve('better-sqlite3')).href;
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // The print service renders the documents' .tsx components, as the renderer builds them…
    jsx: 'automatic',
    // …with react-dom/server, CommonJS that requires Node's own modules: an ESM bundle needs a require.
    banner: {
      js: "import { createRequire as bundledRequire } from 'node:module'; const require = bundledRequire(import.meta.url);",
    },
    logLevel: 'error',
    plugins: [
      {
        name: 'installed-driver',
        setup: (b) => b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: driver, external: true })),
      },
    ],
  });
  return outfile;
}
