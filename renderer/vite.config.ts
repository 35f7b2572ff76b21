import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { NONCE_PLACEHOLDER } from '../electron/shared/bridge.js';
import { prerenderFirstScreen } from './build-tools/prerender-plugin.js';

/**
 * The renderer bundle. `base: './'` because the desktop window loads it from a custom
 * protocol and browser mode from the host's root; the nonce placeholder goes on every
 * generated tag and whoever serves index.html swaps in a fresh nonce per load (CSP).
 */
const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../out/renderer', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [react(), prerenderFirstScreen({ root, outDir })],
  html: { cspNonce: NONCE_PLACEHOLDER },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 2000,
  },
});
