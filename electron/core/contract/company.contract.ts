import { z } from 'zod';
import { PAPER_SIZES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { mutation, query } from './define';
import { CURRENCIES, LOCALES } from './currency';
import { lineText, requiredText } from './fields';

export { CURRENCIES, CURRENCY_DECIMALS, LOCALES, type Currency } from './currency';

const admin = rolesOf('ADMINISTRACION');

/** Logos print on every document: PNG or JPG, at most 200 KB. */
export const LOGO_MAX_BYTES = 200 * 1024;
const DATA_URL = /^data:image\/(png|jpeg);base64,([A-Za-z0-9+/]+={0,2})$/;

export const logo = z
  .string({ error: 'Logo: archivo no válido' })
  .max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 40, { error: 'Logo: máximo 200 KB' })
  .refine((s) => s === '' || DATA_URL.test(s), { error: 'Logo: debe ser una imagen PNG o JPG' });


export const companyProfile = z.strictObject({
  name: requiredText('Nombre de la empresa', 120),
  nit: requiredText('NIT', 20),
  address: lineText('Dirección', 120),
  phone: lineText('Teléfono', 40),
  city: lineText('Ciudad', 60),
  logo,
  currency: z.enum(CURRENCIES, { error: 'Moneda: COP o MXN' }),
  locale: z.enum(LOCALES, { error: 'Idioma regional: es-CO o es-MX' }),
});
export type CompanyProfile = z.infer<typeof companyProfile>;

/**
 * What every date, time and amount is written with: the office's time zone (setting
 * office.timeZone) and the company's locale and currency, never the computer's.
 */
export const officeFormat = z.object({
  timeZone: z.string(),
  locale: companyProfile.shape.locale,
  currency: companyProfile.shape.currency,
});
export type OfficeFormat = z.infer<typeof officeFormat>;

export const printerConfig = z.strictObject({
  documentPrinter: lineText('Impresora de documentos', 200),
  receiptPrinter: lineText('Impresora de recibos', 200),
  paper: z.enum(PAPER_SIZES, { error: 'Papel: Carta, Oficio o rollo de 80 mm' }),
});
export type PrinterConfig = z.infer<typeof printerConfig>;

export const companyContract = {
  'company.get': query('session', z.strictObject({}), companyProfile),
  'company.update': mutation(admin, companyProfile, companyProfile),
  /** This workstation's printers; a new workstation prints to the system default on Carta. */
  'printing.config': query('session', z.strictObject({}), printerConfig.extend({ workstation: z.string() })),
  'printing.setConfig': mutation(admin, printerConfig, printerConfig.extend({ workstation: z.string() })),
};
