import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * better-sqlite3 is a native module: the desktop app needs a build for the pinned Electron's
 * ABI. Both tools that fetch or compile it look the ABI up in their own copy of node-abi:
 * prebuild-install (scripts/setup.mjs for npm start; better-sqlite3's own install) and
 * @electron/rebuild (electron-builder's npmRebuild in npm run dist). A node-abi that does not
 * know the Electron version stops both before any download or compile.
 */

const root = path.resolve(import.meta.dirname, '..');
const fromRoot = createRequire(path.join(root, 'package.json'));
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;

const pinned = (readJson(path.join(root, 'package.json')).devDependencies as Record<string, string>).electron ?? '';
const electronDir = path.dirname(fromRoot.resolve('electron/package.json'));

type NodeAbi = { getAbi(target: string, runtime: string): string };

/** node-abi as a package sees it from its own folder. */
function nodeAbiSeenFrom(packageFile: string): NodeAbi {
  return createRequire(packageFile)('node-abi') as NodeAbi;
}

describe('the pinned Electron', () => {
  it('is an exact version, the one installed', () => {
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readJson(path.join(electronDir, 'package.json')).version).toBe(pinned);
  });

  const abi = readFileSync(path.join(electronDir, 'abi_version'), 'utf8').trim();

  it("is known to prebuild-install's node-abi, which fetches better-sqlite3's prebuilt binary", () => {
    const betterSqlite = createRequire(fromRoot.resolve('better-sqlite3/package.json'));
    const prebuildInstall = betterSqlite.resolve('prebuild-install/package.json');
    expect(nodeAbiSeenFrom(prebuildInstall).getAbi(pinned, 'electron')).toBe(abi);
  });

  it("is known to electron-builder's @electron/rebuild, which rebuilds better-sqlite3 when packaging", () => {
    const builder = createRequire(fromRoot.resolve('electron-builder/package.json'));
    const appBuilder = createRequire(builder.resolve('app-builder-lib/package.json'));
    const rebuild = appBuilder.resolve('@electron/rebuild');
    expect(nodeAbiSeenFrom(rebuild).getAbi(pinned, 'electron')).toBe(abi);
  });
});
