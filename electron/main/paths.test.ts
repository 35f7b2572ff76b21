import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_LOGO_SOURCE } from '../../db/seed/company';
import { demoLogoPlugin } from '../build-tools/demo-logo-plugin';
import { appPaths } from './paths';

const installed = {
  mainDir: path.join('C:', 'Program Files', 'Ventanilla', 'resources', 'app.asar', 'out', 'main'),
  appPath: path.join('C:', 'Program Files', 'Ventanilla', 'resources', 'app.asar'),
  isPackaged: true,
  resourcesPath: path.join('C:', 'Program Files', 'Ventanilla', 'resources'),
};

describe('where the installed app finds its parts', () => {
  it('finds the demo logo inside the app, next to main.cjs, where its build copies it', () => {
    const { demoLogo } = appPaths(installed);
    expect(path.dirname(demoLogo)).toBe(installed.mainDir);
    const emitted: { fileName?: string; source?: unknown }[] = [];
    const plugin = demoLogoPlugin();
    const generateBundle = plugin.generateBundle as unknown as (this: { emitFile(file: object): string }) => void;
    generateBundle.call({ emitFile: (file) => String(emitted.push(file)) });
    expect(emitted).toEqual([{ type: 'asset', fileName: path.basename(demoLogo), source: readFileSync(DEMO_LOGO_SOURCE) }]);
    // Only the main bundle carries it.
    const applies = plugin.applyToEnvironment as (environment: { name: string }) => boolean;
    expect([applies({ name: 'main' }), applies({ name: 'preload' })]).toEqual([true, false]);
  });

  it('reads the migrations from resources, outside the asar', () => {
    expect(appPaths(installed).migrationsFolder).toBe(path.join(installed.resourcesPath, 'migrations'));
  });
});
