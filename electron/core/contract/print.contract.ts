import { z } from 'zod';
import { mutation, query } from './define';
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
 * INFORME_DIARIO the supervisors' daily report (numbered INF-<date>, e.g. INF-2026-11-23).
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
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** DOCUMENT: the office printer (Carta/Oficio); RECEIPT: the 80 mm receipt printer. */
export const PRINT_TARGETS = ['DOCUMENT', 'RECEIPT'] as const;
export type PrintTarget = (typeof PRINT_TARGETS)[number];

/** Two copies of a document with a logo as a data: URL fit well below these. */
export const MAX_PRINT_HTML_CHARS = 6 * 1024 * 1024;
export const MAX_PRINT_CSS_CHARS = 512 * 1024;

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

export const printDocumentInput = z.strictObject({
  type: documentType,
  number: documentNumber,
  reprint: reprintNumber,
  target: z.enum(PRINT_TARGETS, { error: 'Impresora: DOCUMENT o RECEIPT' }),
  html: z
    .string({ error: 'Documento: falta el contenido' })
    .min(1, { error: 'Documento: está vacío' })
    .max(MAX_PRINT_HTML_CHARS, { error: 'Documento: demasiado grande para imprimir (máximo 6 MB)' }),
  css: z
    .string({ error: 'Estilos de impresión: no válidos' })
    .max(MAX_PRINT_CSS_CHARS, { error: 'Estilos de impresión: máximo 512 KB' }),
});
export type PrintDocumentInput = z.input<typeof printDocumentInput>;

export const printDocumentOutput = z.object({
  /** Where the PDF of this print was archived. */
  archivePath: z.string(),
  /** The printer it was sent to ('' = the system default). */
  printer: z.string(),
  printed: z.boolean(),
  /** Spanish, for the user: why the printer did not print. The PDF is archived anyway. */
  printerError: z.string().nullable(),
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
