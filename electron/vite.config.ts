import { builtinModules } from 'node:module';
import path from 'node:path';
import { type EnvironmentOptions, defineConfig } from 'vite';
import { demoLogoPlugin } from './build-tools/demo-logo-plugin';

/**
 * Builds the desktop shell: out/main/main.cjs and out/preload/preload.cjs.
 * CJS because package.json is "type": "module" yet Electron's sandboxed preload can only be a
 * script, and one format for both keeps `__dirname` meaningful. Each is one self-contained
 * file: a sandboxed preload cannot require a shared chunk, so they are separate environments,
 * not two entries of one build.
 *   vite build -c electron/vite.config.ts
 */

const root = path.resolve(import.meta.dirname, '..');
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

function cjsBundle(entry: string, outDir: string, fileName: string, external: (string | RegExp)[]): EnvironmentOptions {
  return {
    consumer: 'server',
    // Bundle everything the shell imports (drizzle, zod, core) except the listed externals.
    resolve: { noExternal: true },
    build: {
      outDir: path.join(root, outDir),
      emptyOutDir: true,
      target: 'node22',
      minify: false,
      sourcemap: true,
      copyPublicDir: false,
      lib: { entry: path.join(root, entry), formats: ['cjs'], fileName: () => fileName },
      rolldownOptions: { external },
    },
  };
}

export default defineConfig({
  root,
  publicDir: false,
  plugins: [demoLogoPlugin()],
  define: {
    // db/open.ts and main.ts locate files with import.meta.dirname; in a CJS bundle that is __dirname.
    'import.meta.dirname': '__dirname',
    // The print service renders the documents with React: its production build, not the checks of development.
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  environments: {
    // better-sqlite3 stays a real module: it loads a native binary (Electron-ABI when packaged).
    main: cjsBundle('electron/main/main.ts', 'out/main', 'main.cjs', ['electron', 'better-sqlite3', ...nodeBuiltins]),
    preload: cjsBundle('electron/preload/preload.ts', 'out/preload', 'preload.cjs', ['electron']),
  },
  builder: {
    // Only these two: the default would also try to build the (renderer's) client environment.
    async buildApp(builder) {
      for (const name of ['main', 'preload']) {
        const environment = builder.environments[name];
        if (!environment) throw new Error(`Falta el entorno de compilación ${name}`);
        await builder.build(environment);
      }
    },
  },
});
