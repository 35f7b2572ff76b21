import { X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { generate } from 'selfsigned';

/**
 * The office server's TLS identity: a self-signed certificate made once at set-up. Its private
 * key stays in the server's folder (owner-only file) and never travels; puestos pin the
 * certificate's SHA-256 fingerprint when they pair.
 */

export interface ServerIdentity {
  cert: string;
  key: string;
  /** "AB:CD:…", as node's TLS sockets report fingerprint256. */
  fingerprint: string;
}

const CERT_FILE = 'servidor.crt';
const KEY_FILE = 'servidor.key';
/** A certificate the office keeps for years: re-pairing every puesto is the price of a new one. */
const VALID_YEARS = 20;

export const fingerprintOf = (certPem: string): string => new X509Certificate(certPem).fingerprint256;

/** The identity in `folder`, made on first use. */
export async function serverIdentity(folder: string, now = new Date()): Promise<ServerIdentity> {
  const certFile = path.join(folder, CERT_FILE);
  const keyFile = path.join(folder, KEY_FILE);
  if (existsSync(certFile) && existsSync(keyFile)) {
    const cert = readFileSync(certFile, 'utf8');
    return { cert, key: readFileSync(keyFile, 'utf8'), fingerprint: fingerprintOf(cert) };
  }
  const notAfterDate = new Date(now);
  notAfterDate.setUTCFullYear(now.getUTCFullYear() + VALID_YEARS);
  const pems = await generate([{ name: 'commonName', value: `Ventanilla ${hostname()}` }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    notBeforeDate: now,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, critical: true },
      { name: 'extKeyUsage', serverAuth: true },
    ],
  });
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  writeFileSync(keyFile, pems.private, { mode: 0o600, flag: 'wx' });
  writeFileSync(certFile, pems.cert, { mode: 0o644, flag: 'wx' });
  return { cert: pems.cert, key: pems.private, fingerprint: fingerprintOf(pems.cert) };
}
