import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const SECRET_BYTES = 32;

/**
 * This machine's secret, in a file next to the database (never in it, never in a backup): it
 * encrypts the key the automatic backups use, so the daily copy runs without the admin typing
 * the passphrase, and a stolen backup drive holds nothing that opens the copies on it. Created
 * on first use, readable by the office's user only.
 */
export function machineSecret(file: string): Buffer {
  try {
    const secret = readFileSync(file);
    if (secret.length === SECRET_BYTES) return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(SECRET_BYTES);
  // 'w', not 'wx': a truncated secret (a crash while writing it) wraps nothing that can be read.
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Where the secret of a database file lives: beside it. */
export const machineSecretFileFor = (databaseFile: string): string => `${databaseFile}.clave-copias`;
