import { audit } from '../../../db/schema';
import type { Db } from '../../../db/open';
import type { AuditEntry } from '../context';

export interface AuditActor {
  userId: number | null;
  username: string;
  workstation: string;
}

const SECRET_KEY = /password|contrase|passphrase|frase/i;

/** Copies a value for the audit trail with secrets blanked. */
export function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, SECRET_KEY.test(k) ? '[oculto]' : redact(v)]));
  }
  return value;
}

const json = (v: unknown) => (v === undefined ? null : JSON.stringify(redact(v)));

export function writeAudit(db: Db, at: string, who: AuditActor, procedure: string, entry: Partial<AuditEntry>): void {
  db.insert(audit)
    .values({
      at,
      userId: who.userId,
      username: who.username,
      workstation: who.workstation,
      procedure,
      recordType: entry.recordType ?? null,
      recordId: entry.recordId === undefined ? null : String(entry.recordId),
      before: json(entry.before),
      after: json(entry.after),
    })
    .run();
}
