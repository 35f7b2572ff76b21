import { z } from 'zod';
import { APPLICANT_KINDS } from '../../../db/schema/enums';
import { query } from './define';
import { partyRow } from './parties.contract';
import { subscriberSummary } from './subscribers.contract';

/** A certificado de no adeudo's number as printed: CND-2026-000123 (lower case and spaces forgiven). */
export const noDebtCertificateNumber = z
  .string({ error: 'Número del certificado: escríbalo' })
  .trim()
  .toUpperCase()
  .regex(/^CND-\d{4}-\d{6}$/, { error: 'Número del certificado: con el formato CND-2026-000123' });

export const NO_DEBT_STATUSES = ['VIGENTE', 'VENCIDO'] as const;

/** What the counter answers about a certificate: whose it is and until when it is valid. */
export const noDebtCheck = z.object({
  number: z.string(),
  status: z.enum(NO_DEBT_STATUSES),
  issuedOn: z.string(),
  validUntil: z.string(),
  subscriberCode: z.string(),
  ownerName: z.string(),
  /** Spanish, for the screen: "vigente hasta el …" or "venció el …". */
  message: z.string(),
});
export type NoDebtCheck = z.infer<typeof noDebtCheck>;

/** A certificado de no adeudo as it prints. */
export const noDebtCertificateView = z.object({
  number: z.string(),
  issuedAt: z.string(),
  issuedOn: z.string(),
  validUntil: z.string(),
  filingNumber: z.string(),
  /** The fee's factura the system found PAGADA. */
  invoiceNumber: z.string().nullable(),
  applicantKind: z.enum(APPLICANT_KINDS),
  subscriber: subscriberSummary,
  party: partyRow,
  asesor: z.object({ fullName: z.string(), documentNumber: z.string() }),
});
export type NoDebtCertificateView = z.infer<typeof noDebtCertificateView>;

export const noDebtContract = {
  /** Anyone at the counter (any logged-in role) checks a certificate by its number. */
  'noDebtCertificates.check': query('session', z.strictObject({ number: noDebtCertificateNumber }), noDebtCheck),
};
