import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { id, instant } from './common';
import { users } from './users';

/**
 * The computers of the office that work through its server (ADMINISTRACIÓN → Puestos y red).
 * A puesto is created on the server with a one-time pairing code; pairing gives it its own key.
 * Only hashes are stored. A revoked puesto stays listed (its name is in the audit and the cash
 * sessions); its name is never reused.
 */
export const puestos = sqliteTable(
  'puestos',
  {
    id: id(),
    /** The workstation name every session, cash session and audit row of it carries, e.g. CAJA-01. */
    name: text().notNull().unique(),
    createdAt: instant().notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    /** SHA-256 of the pending pairing code; null once used or replaced by a key. */
    pairingCodeHash: text(),
    pairingExpiresAt: instant(),
    /** SHA-256 of the key the puesto received when it paired. */
    keyHash: text().unique(),
    pairedAt: instant(),
    revokedAt: instant(),
    lastSeenAt: instant(),
    /** The network address of its last call, for the admin. */
    lastAddress: text(),
  },
  (t) => [index('puestos_pairing').on(t.pairingCodeHash)],
);
