import { build } from 'vite';

/** The host serves out/renderer: build it from the current sources before any test. */
export default async function globalSetup(): Promise<void> {
  await build({ configFile: new URL('../renderer/vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
}
