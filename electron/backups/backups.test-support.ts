import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** scrypt at a test's cost: the format is the same, a derivation takes a millisecond. */
export const TEST_KDF = { N: 1024, r: 8, p: 1 };

/** A temp folder per test, removed afterwards by the returned function. */
export function tempFolder(prefix = 'ventanilla-copias-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
