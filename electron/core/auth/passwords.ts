import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

/** scrypt parameters (N = 2^15): about 150 ms a check on a 2-core office PC, slow enough to stop guessing. */
const N = 32768;
const r = 8;
const p = 1;
const KEY_LENGTH = 32;
const MAX_MEM = 64 * 1024 * 1024;

/**
 * Hashes a password as "scrypt$N$r$p$salt$key" (base64). The clear text is never stored.
 * The cost is stored with the hash, so tests may build their fixtures with a cheaper one.
 */
export function hashPassword(password: string, cost: number = N): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N: cost, r, p, maxmem: MAX_MEM });
  return ['scrypt', cost, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, rr, pp, salt, key] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(key, 'base64');
  const actual = scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(rr),
    p: Number(pp),
    maxmem: MAX_MEM,
  });
  return timingSafeEqual(expected, actual);
}

/** Spends the time of a real check, so an unknown user answers as slowly as a wrong password. */
let decoy: string | undefined;
export function verifyDecoy(password: string): false {
  decoy ??= hashPassword('decoy-password-0');
  verifyPassword(password, decoy);
  return false;
}
