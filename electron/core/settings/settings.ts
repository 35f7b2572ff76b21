import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { companyProfile } from '../contract/company.contract';
import { type BackupConfig, type StoredBackupKey, backupConfig, storedBackupKey } from '../contract/backups.contract';
import { agendaWindows } from '../agenda/windows';
import { settings } from '../../../db/schema';
import type { Db } from '../../../db/open';
import type { Ctx } from '../context';
import { isTimeZone } from '../clock';

/**
 * Every setting the office can change, with its shape and default. A rule that depends on a
 * number (lockout, idle lock, consumption window…) reads it from here, never from a literal.
 */
export const SETTINGS = {
  'security.idleLockMinutes': { schema: z.number().int().min(1).max(240), default: 10 },
  'security.maxFailedLogins': { schema: z.number().int().min(3).max(20), default: 5 },
  'security.lockoutMinutes': { schema: z.number().int().min(1).max(1440), default: 15 },
  /** Where the office is: its civil day and the hour on every document. An unknown zone is never stored. */
  'office.timeZone': {
    schema: z.string().refine(isTimeZone, { error: 'Zona horaria: no existe; use un nombre como America/Bogota' }),
    default: 'America/Bogota',
  },
  /** How many previous periods make the average of the *alto consumo* rule. */
  'consumption.averagePeriods': { schema: z.number().int().min(1).max(24), default: 6 },
  /** Periods in a row with the same meter reading that make a *medidor detenido* (seed 004). */
  'consumption.stuckMeterPeriods': { schema: z.number().int().min(2).max(12), default: 3 },
  /** Payment agreements: the least down payment, in percent of the debt. */
  'agreement.minDownPaymentPct': { schema: z.number().int().min(0).max(100), default: 30 },
  /** Monthly interest of new agreements, in hundredths of a percent (150 = 1.5 % a month). */
  'agreement.monthlyRateBp': { schema: z.number().int().min(0).max(1000), default: 150 },
  'agreement.maxInstallments': { schema: z.number().int().min(1).max(60), default: 36 },
  /** ADMINISTRACIÓN → Empresa: printed in the header of every document. */
  'company.profile': {
    schema: companyProfile,
    default: {
      name: 'EMPRESA DE SERVICIOS PÚBLICOS',
      nit: '000000000-0',
      address: '',
      phone: '',
      city: '',
      logo: '',
      currency: 'COP',
      locale: 'es-CO',
    } as z.output<typeof companyProfile>,
  },
  /** Days a factura has to be paid before it counts as overdue. */
  'invoice.dueDays': { schema: z.number().int().min(0).max(90), default: 10 },
  /** Calendar days a payment coupon can be paid at CAJA after it is generated. */
  'coupon.validDays': { schema: z.number().int().min(0).max(60), default: 5 },
  /** Business days an edicto stays on the main office board (seed 002 step 19). */
  'pqr.edictBusinessDays': { schema: z.number().int().min(1).max(30), default: 10 },
  /** Each photo or scan attached to a field report, in bytes: 100 KB to 4 MB (the transports' limit), 2 MB by default. */
  'attachment.maxBytes': { schema: z.number().int().min(102_400).max(4_194_304), default: 2_097_152 },
  /** Whose public holidays the business-day engine skips (ADMINISTRACIÓN → Calendario). */
  'calendar.country': { schema: z.enum(['CO', 'MX'], { error: 'País: Colombia (CO) o México (MX)' }), default: 'CO' },
  /**
   * A trámite whose required documents are missing: refused (the user takes home the list of
   * what is missing) or radicated EN ESPERA with its term stopped until they are brought.
   */
  'pqr.missingRequirements': { schema: z.enum(['RECHAZAR', 'EN_ESPERA']), default: 'RECHAZAR' as 'RECHAZAR' | 'EN_ESPERA' },
  /** Calendar days a certificado de no adeudo stays valid after the day it is issued (seed 004; 30–60 is usual). */
  'noDebtCertificate.validDays': { schema: z.number().int().min(1).max(365), default: 30 },
  /** How many digits a subscriber's código has (the matrícula checks it). */
  'padron.codeDigits': { schema: z.number().int().min(3).max(12), default: 6 },
  /** Bandejas colour a trámite due within this many business days. */
  'pqr.dueSoonBusinessDays': { schema: z.number().int().min(1).max(10), default: 3 },
  /** Visit agenda: the time windows of a visit day ("08:00-10:00"), in the office's time zone. */
  'agenda.timeWindows': { schema: agendaWindows, default: ['08:00-10:00', '10:00-12:00', '14:00-16:00'] },
  /** Visit agenda: how many visits each window takes. */
  'agenda.slotsPerWindow': { schema: z.number().int().min(1).max(50), default: 2 },
  /**
   * Arqueo ciego: while a cash session is open, its cashier sees no running total nor totals
   * by method; supervisors do (informe diario). On by default.
   */
  'cash.blindClose': { schema: z.boolean(), default: true },
  /** Wrong supervisor credentials in a row, per cash session, before void approvals wait. */
  'cash.voidApprovalAttempts': { schema: z.number().int().min(1).max(10), default: 3 },
  /** How long void approvals wait after that many wrong credentials. */
  'cash.voidApprovalWaitMinutes': { schema: z.number().int().min(1).max(240), default: 10 },
  /** ADMINISTRACIÓN → Importar: per kind of file, the column chosen for each field last time. */
  'imports.mappings': {
    schema: z.record(z.string(), z.record(z.string(), z.string())),
    default: {} as Record<string, Record<string, string>>,
  },
  /** Visit agenda: how many business days ahead slots are offered. */
  'agenda.daysAhead': { schema: z.number().int().min(1).max(120), default: 20 },
  /** ADMINISTRACIÓN → Copias de seguridad: where, at what hour, how many are kept. */
  'backups.config': {
    schema: backupConfig,
    default: { folder: '', dailyHour: 22, keepDaily: 7, keepMonthly: 12 } as BackupConfig,
  },
  /** The key derived from the backup passphrase, encrypted with the machine's secret; never the passphrase. */
  'backups.key': { schema: storedBackupKey.nullable(), default: null as StoredBackupKey | null },
} as const;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.output<(typeof SETTINGS)[K]['schema']>;

/** Read on every call (idle lock, time zone): cached per database, dropped on every write. */
const cache = new WeakMap<Db, Map<SettingKey, unknown>>();

export function getSetting<K extends SettingKey>(db: Db, key: K): SettingValue<K> {
  let values = cache.get(db);
  if (!values) cache.set(db, (values = new Map()));
  if (values.has(key)) return values.get(key) as SettingValue<K>;
  const row = db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).get();
  const parsed = row ? SETTINGS[key].schema.safeParse(JSON.parse(row.value)) : undefined;
  const value = parsed?.success ? parsed.data : SETTINGS[key].default;
  values.set(key, value);
  return value as SettingValue<K>;
}

export function setSetting<K extends SettingKey>(db: Db, key: K, value: SettingValue<K>, at: Date): void {
  const checked = SETTINGS[key].schema.parse(value);
  const json = JSON.stringify(checked);
  db.insert(settings)
    .values({ key, value: json, updatedAt: at.toISOString() })
    .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: at.toISOString() } })
    .run();
  cache.get(db)?.delete(key);
}

/** A setting changed by a user: the old and the new value go to the audit trail. */
export function changeSetting<K extends SettingKey>(ctx: Ctx, key: K, value: SettingValue<K>): void {
  const before = getSetting(ctx.db, key);
  setSetting(ctx.db, key, value, ctx.clock.now());
  ctx.audit({ recordType: 'setting', recordId: key, before, after: getSetting(ctx.db, key) });
}
