import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { DEMO_LOGO_SOURCE } from '../../db/seed/company';
import { DEMO_LOGO_FILE } from '../main/paths';

/**
 * Copies the demo company's logo into the main bundle's folder (out/main), which
 * electron-builder packs (files: out/**): the packaged app has no build/ folder to read it from.
 */
export function demoLogoPlugin(): Plugin {
  return {
    name: 'ventanilla-demo-logo',
    applyToEnvironment: (environment) => environment.name === 'main',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: DEMO_LOGO_FILE, source: readFileSync(DEMO_LOGO_SOURCE) });
    },
  };
}
