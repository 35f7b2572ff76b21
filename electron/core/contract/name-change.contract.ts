import { z } from 'zod';
import { partyRow } from './parties.contract';
import { subscriberSummary } from './subscribers.contract';

/** What the trámite's view says of the titular its radicación changed. */
export const ownerChangeSummary = z.object({
  previousOwner: z.string(),
  newOwner: z.string(),
  effectiveOn: z.string(),
});
export type OwnerChangeSummary = z.infer<typeof ownerChangeSummary>;

/** The constancia de cambio de nombre as it prints: numbered by the trámite's radicado. */
export const nameChangeConstanciaView = z.object({
  filingNumber: z.string(),
  filedAt: z.string(),
  effectiveOn: z.string(),
  subscriber: subscriberSummary,
  previousOwner: partyRow,
  newOwner: partyRow,
  /** The documents presented (predial, proof of ownership, ID), as they read that day. */
  documents: z.array(z.string()),
  /** The fee's factura the system found PAGADA. */
  invoiceNumber: z.string().nullable(),
  asesor: z.object({ fullName: z.string(), documentNumber: z.string() }),
});
export type NameChangeConstanciaView = z.infer<typeof nameChangeConstanciaView>;
