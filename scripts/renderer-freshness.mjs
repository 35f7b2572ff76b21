/**
 * Whether the built interface (out/renderer) is older than what it is built from. The list
 * is every folder the renderer's bundle reads (renderer-freshness.test.ts checks it against
 * the bundle's actual inputs): the screens, the bridge, the contract (electron/core) and the
 * schema's enums (db/schema). Plain Node: start.mjs runs before any build.
 */
import fs from 'node:fs';
import path from 'node:path';

export const RENDERER_OUTPUT = 'out/renderer/index.html';
export const RENDERER_SOURCES = ['renderer', 'electron/shared', 'electron/core', 'db/schema'];

/** Newest modification time under the given folders (node_modules and build output excluded). */
function newestSource(folders) {
  let newest = 0;
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'out') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else newest = Math.max(newest, fs.statSync(full).mtimeMs);
    }
  };
  for (const folder of folders) if (fs.existsSync(folder)) visit(folder);
  return newest;
}

/** True when an output is missing or older than a file under the source folders (relative to root). */
export function isStale(root, outputs, sourceFolders) {
  const stats = outputs.map((o) => fs.statSync(path.join(root, o), { throwIfNoEntry: false }));
  if (stats.some((s) => !s)) return true;
  const oldest = Math.min(...stats.map((s) => s.mtimeMs));
  return oldest < newestSource(sourceFolders.map((f) => path.join(root, f)));
}

export const rendererIsStale = (root) => isStale(root, [RENDERER_OUTPUT], RENDERER_SOURCES);
