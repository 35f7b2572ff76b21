import { z } from 'zod';
import type { Role } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { mutation, query } from './define';
import { NOTIFIERS } from './notifications.contract';
import { PQR_FILERS } from './pqr.contract';
// zod's own messages (unknown keys) in Spanish, wherever this contract is used alone.
import './fields';

/**
 * Printing: served by the main process's print service (electron/printing), not by dispatch,
 * because rendering a PDF and talking to a printer are slow and asynchronous. Same shape as
 * the other contracts so the renderer's `call()` types them alike.
 */

/**
 * Numbered documents that print. ANULACION_FACTURA is the void notice of a factura (its number);
 * ANULACION_RECIBO the void receipt (ANR number); CORTE_CAJA the close report (CC number);
 * INFORME_DIARIO the supervisors' daily report (numbered INF-<date>, e.g. INF-2026-11-23);
 * DOCUMENTACION_FALTANTE what a trámite lacks, for the user (DF number): nothing was radicated.
 * CERTIFICADO_NO_ADEUDO the certificado de no adeudo (CND number) its trámite issued.
 * CONSTANCIA_CAMBIO_NOMBRE the constancia of a cambio de nombre, numbered by its radicado.
 */
export const DOCUMENT_TYPES = [
  'FACTURA',
  'ANULACION_FACTURA',
  'ACUERDO',
  'PRUEBA',
  'CUPON',
  'RECIBO',
  'ANULACION_RECIBO',
  'CORTE_CAJA',
  'ESTADO_CUENTA',
  'INFORME_DIARIO',
  'HOJA_RUTA',
  'ORDEN_TRABAJO',
  'RESPUESTA',
  'EDICTO',
  'SOLICITUD_TRAMITE',
  'DOCUMENTACION_FALTANTE',
  'CERTIFICADO_NO_ADEUDO',
  'CONSTANCIA_CAMBIO_NOMBRE',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * Who may print (and so read through documents.get) each document: the roles that make or read
 * its record. The core checks it on every print; the screens show IMPRIMIR only to these roles.
 * Ownership (a cajero prints only the cortes of their own cash sessions) is the core's rule.
 */
export const PRINT_ROLES: Record<DocumentType, readonly Role[]> = {
  FACTURA: rolesOf('SUSCRIPTOR', 'RECAUDO', 'CAJA'),
  ANULACION_FACTURA: rolesOf('SUSCRIPTOR', 'RECAUDO', 'CAJA'),
  ACUERDO: rolesOf('SUSCRIPTOR', 'RECAUDO', 'CAJA'),
  PRUEBA: rolesOf('ADMINISTRACION'),
  CUPON: rolesOf('SUSCRIPTOR', 'RECAUDO', 'CAJA'),
  RECIBO: rolesOf('CAJA', 'REPORTES'),
  ANULACION_RECIBO: rolesOf('CAJA', 'REPORTES'),
  CORTE_CAJA: rolesOf('CAJA', 'REPORTES'),
  ESTADO_CUENTA: rolesOf('SUSCRIPTOR', 'RECAUDO'),
  INFORME_DIARIO: rolesOf('REPORTES'),
  HOJA_RUTA: rolesOf('PQR'),
  ORDEN_TRABAJO: rolesOf('PQR'),
  RESPUESTA: rolesOf('PQR'),
  EDICTO: NOTIFIERS,
  SOLICITUD_TRAMITE: rolesOf('PQR'),
  DOCUMENTACION_FALTANTE: PQR_FILERS,
  CERTIFICADO_NO_ADEUDO: PQR_FILERS,
  CONSTANCIA_CAMBIO_NOMBRE: PQR_FILERS,
};

export const mayPrint = (type: DocumentType, role: Role): boolean => PRINT_ROLES[type].includes(role);

/** The documents of a day are numbered by it: the informe diario INF-2026-11-23, the hoja de ruta HR-2026-11-23. */
export const dailyReportNumber = (date: string): string => `INF-${date}`;
export const routeSheetNumber = (date: string): string => `HR-${date}`;

/**
 * A workstation's test page is numbered by the workstation, "PRUEBA-VENTANILLA-01"; each print
 * of it is a reprint of that number. Only A–Z, digits and dashes, at most 40 characters.
 */
export function testPageNumber(workstation: string): string {
  const name = workstation
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `PRUEBA-${name || 'EQUIPO'}`.slice(0, 40).replace(/-+$/, '');
}

/** DOCUMENT: the office printer (Carta/Oficio); RECEIPT: the 80 mm receipt printer. */
export const PRINT_TARGETS = ['DOCUMENT', 'RECEIPT'] as const;
export type PrintTarget = (typeof PRINT_TARGETS)[number];

/** The documents with an 80 mm roll layout: only they go to the receipt printer. */
export const ROLL_DOCUMENTS: readonly DocumentType[] = ['RECIBO', 'ANULACION_RECIBO'];

export const documentType = z.enum(DOCUMENT_TYPES, { error: 'Tipo de documento: no válido' });

/** Document numbers also name the archived PDF, so only characters safe in a file name. */
export const documentNumber = z
  .string({ error: 'Número del documento: escríbalo' })
  .trim()
  .min(1, { error: 'Número del documento: es obligatorio' })
  .max(40, { error: 'Número del documento: máximo 40 caracteres' })
  .regex(/^[A-Z0-9-]+$/, { error: 'Número del documento: solo mayúsculas, números y guiones' });

export const reprintNumber = z
  .number({ error: 'Reimpresión: escriba un número' })
  .int({ error: 'Reimpresión: un número entero' })
  .min(0, { error: 'Reimpresión: no puede ser negativa' })
  .max(100_000, { error: 'Reimpresión: número demasiado grande' });

export const printTarget = z.enum(PRINT_TARGETS, { error: 'Impresora: DOCUMENT o RECEIPT' });

/**
 * A document is printed by reference: the print service reads the record through the core and
 * renders it itself, so nothing but the reference comes from the client.
 */
export const printDocumentInput = z.strictObject({
  type: documentType,
  number: documentNumber,
  target: printTarget.default('DOCUMENT'),
});
export type PrintDocumentInput = z.input<typeof printDocumentInput>;

export const printDocumentOutput = z.object({
  /** Where the PDF of this print was archived, relative to the archive folder ("2026/11/FACTURA/…pdf"). */
  archivePath: z.string(),
  /** The printer it was sent to ('' = the system default). */
  printer: z.string(),
  printed: z.boolean(),
  /** Spanish, for the user: why the printer did not print. The PDF is archived anyway. */
  printerError: z.string().nullable(),
  /**
   * false: this workstation names no printer and the computer has none, so the archived PDF is all
   * there was to make; not a printer failure.
   */
  printerConfigured: z.boolean(),
  reprint: z.number(),
});
export type PrintDocumentOutput = z.infer<typeof printDocumentOutput>;

export const printerInfo = z.object({ name: z.string(), isDefault: z.boolean() });
export type PrinterInfo = z.infer<typeof printerInfo>;

export const printContract = {
  /** Prints both copies as one job to this workstation's printer, archives the PDF, logs the print. */
  'print.document': mutation('session', printDocumentInput, printDocumentOutput),
  /** The printers this computer can use: ADMINISTRACIÓN → Impresión lists them. */
  'print.printers': query(
    'session',
    z.strictObject({}),
    z.object({ mode: z.enum(['desktop', 'browser']), printers: z.array(printerInfo) }),
  ),
};
export type PrintContract = typeof printContract;
