import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * npm run dist cannot run here (it downloads Electron), so its configuration is read the way
 * electron-builder reads it, validated against its schema, and checked for what each target
 * refuses to build without.
 */

const root = path.resolve(import.meta.dirname, '..');
const builderRequire = createRequire(createRequire(path.join(root, 'package.json')).resolve('electron-builder/package.json'));

interface BuilderConfig {
  linux?: { target?: (string | { target: string })[]; maintainer?: string };
  win?: { target?: { target: string }[] };
  files?: { filter: string[] }[];
}
const { getConfig, validateConfiguration } = builderRequire('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string | null, configFromOptions: null): Promise<BuilderConfig>;
  validateConfiguration(config: BuilderConfig, debugLogger: { isEnabled: boolean; add(): void }): Promise<void>;
};

const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  homepage?: string;
  author?: string | { name?: string; email?: string };
};

const config = await getConfig(root, path.join(root, 'electron-builder.yml'), null);
const targetNames = (targets: (string | { target: string })[] = []) => targets.map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('packs the whole build output, where main.cjs finds the demo logo (electron/main/paths.ts)', () => {
    // electron-builder's loader turns the list into one file set.
    const patterns = config.files?.flatMap((set) => set.filter) ?? [];
    expect(patterns).toContain('out/**');
    expect(patterns.filter((pattern) => pattern.startsWith('!'))).toEqual(['!out/**/*.map']);
  });

  it('builds the Windows installer offices use', () => {
    expect(targetNames(config.win?.target)).toEqual(['nsis']);
  });

  it("builds only the .deb on Linux, whose install script sets up Electron's sandbox", () => {
    expect(targetNames(config.linux?.target)).toEqual(['deb']);
  });

  it('has what the .deb needs: a homepage and a maintainer with an email (FpmTarget refuses without)', () => {
    expect(packageJson.homepage).toMatch(/^https:\/\/[^/\s]+\//);
    const author = typeof packageJson.author === 'object' ? packageJson.author : {};
    const maintainer = config.linux?.maintainer ?? `${author.name} <${author.email}>`;
    expect(maintainer).toMatch(/^[^<>]+ <[^@\s<>]+@[^@\s<>]+\.[a-z]+>$/);
  });
});
