import { z } from 'zod';
import { PQR_ASSIGNERS, PQR_STATUSES, SERVICES, WORK_ORDER_STATUSES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { mutation, query } from './define';
import { civilDate, id, lineText, requestKey, requiredText, text } from './fields';
import { invoiceLineInput, invoiceView, MAX_INVOICE_LINES } from './invoices.contract';
import { partyRow } from './parties.contract';
import { filingNumber } from './pqr.contract';
import { subscriberSummary } from './subscribers.contract';

/**
 * Trabajo de campo (seeds 001 steps 33–36, 002 steps 14–15): a trámite assigned to a field
 * worker with a printed work order, the field report typed in by whoever assigned it, and the
 * materials ALMACÉN invoices. Who may assign a trámite is its causal's `assignedBy`.
 */

const readers = rolesOf('PQR');
const assigners = PQR_ASSIGNERS;
/** Seed 001 step 35: the supervisor hands the report to almacén, which invoices the materials. */
const materialReaders = ['ALMACEN', 'SUPERVISOR'] as const;

export const PHOTO_MIME_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;
export type PhotoMimeType = (typeof PHOTO_MIME_TYPES)[number];
export const MAX_PHOTOS = 4;
/** The most the attachment.maxBytes setting may allow; the setting (2 MB by default) is the rule. */
export const MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;
/** A report with all its photos at the ceiling (21.3 MB in base64) and its texts: the transports let it through. */
export const MAX_REPORT_BODY_BYTES = 24 * 1024 * 1024;
/** Procedures whose input carries files, for the transports' body limits. */
export const FILE_PROCEDURES: readonly string[] = ['fieldWork.report'];

const select = (label: string) => id.optional().refine((v) => v !== undefined, { error: `${label}: elija uno de la lista` });

export const assignInput = z.strictObject({
  filingNumber,
  fieldWorkerId: select('Contratista'),
  instructions: text('Instrucciones', 1000),
  /** Only for a trámite that already has an open order: why it goes to another field worker. */
  reason: text('Motivo de la reasignación', 300).optional(),
});
export type AssignInput = z.input<typeof assignInput>;

export const photoInput = z.strictObject({
  fileName: lineText('Nombre del archivo', 120).min(1, { error: 'Nombre del archivo: es obligatorio' }),
  mimeType: z.enum(PHOTO_MIME_TYPES, { error: 'Tipo de archivo: solo fotos JPEG o PNG, o PDF' }),
  dataBase64: z
    .base64({ error: 'Archivo: el contenido no es válido' })
    .min(1, { error: 'Archivo: está vacío' })
    .max(Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4, { error: 'Archivo: demasiado grande' }),
});
export type PhotoInput = z.input<typeof photoInput>;

const distinctProducts = (lines: readonly { productId: number }[]) =>
  new Set(lines.map((l) => l.productId)).size === lines.length;

/** Registrar informe: the same schema checks the dialog and the procedure. */
export const fieldReportInput = z.strictObject({
  filingNumber,
  visitedOn: civilDate,
  findings: requiredText('Hallazgos', 2000),
  actions: requiredText('Acciones realizadas', 2000),
  meterReading: z
    .number({ error: 'Lectura del medidor: escriba un número' })
    .int({ error: 'Lectura del medidor: un número entero' })
    .min(0, { error: 'Lectura del medidor: no puede ser negativa' })
    .max(99_999_999, { error: 'Lectura del medidor: número demasiado grande' })
    .nullable()
    .default(null),
  done: z.boolean({ error: '¿Se realizó el trabajo?: elija sí o no' }),
  materials: z
    .array(invoiceLineInput, { error: 'Materiales: lista no válida' })
    .max(MAX_INVOICE_LINES, { error: `Materiales: máximo ${MAX_INVOICE_LINES}` })
    .refine(distinctProducts, { error: 'Materiales: cada producto una sola vez (sume las cantidades)' })
    .default([]),
  photos: z
    .array(photoInput, { error: 'Fotos: lista no válida' })
    .max(MAX_PHOTOS, { error: `Fotos: máximo ${MAX_PHOTOS}` })
    .default([]),
});
export type FieldReportInput = z.input<typeof fieldReportInput>;

export const invoiceMaterialsInput = z.strictObject({
  requestKey,
  fieldReportId: id,
  /** Who the factura is made out to; the trámite's tercero when left out. */
  partyId: id.optional(),
  observation: text('Observación', 500).optional(),
});
export type InvoiceMaterialsInput = z.input<typeof invoiceMaterialsInput>;

export const fieldWorkerRow = z.object({
  id: z.number(),
  name: z.string(),
  documentNumber: z.string(),
  kind: z.string(),
  mobile: z.string(),
  openOrders: z.number(),
});
export type FieldWorkerRow = z.infer<typeof fieldWorkerRow>;

const appointment = z.object({ visitOn: z.string(), timeWindow: z.string() }).nullable();

/** A trámite waiting for a field worker. */
export const queueRow = z.object({
  filingNumber: z.string(),
  filedOn: z.string(),
  dueOn: z.string(),
  status: z.enum(PQR_STATUSES),
  service: z.enum(SERVICES),
  cause: z.string(),
  assignedBy: z.enum(PQR_ASSIGNERS),
  requiresFieldReport: z.boolean(),
  subscriberCode: z.string(),
  subscriberName: z.string(),
  address: z.string(),
  routeCode: z.string(),
  appointment,
});
export type QueueRow = z.infer<typeof queueRow>;

export const openOrderRow = z.object({
  number: z.string(),
  filingNumber: z.string(),
  assignedAt: z.string(),
  fieldWorker: z.string(),
  cause: z.string(),
  assignedBy: z.enum(PQR_ASSIGNERS),
  restoresService: z.boolean(),
  subscriberCode: z.string(),
  subscriberName: z.string(),
  address: z.string(),
  routeCode: z.string(),
  hasMeter: z.boolean(),
  dueOn: z.string(),
  appointment,
});
export type OpenOrderRow = z.infer<typeof openOrderRow>;

export const materialLine = z.object({
  productId: z.number(),
  code: z.string(),
  name: z.string(),
  quantity: z.number(),
  /** Today's catalog price; null when the product has none. */
  unitPrice: z.number().nullable(),
});
export type MaterialLine = z.infer<typeof materialLine>;

export const fieldReportView = z.object({
  id: z.number(),
  visitedOn: z.string(),
  findings: z.string(),
  actions: z.string(),
  meterReading: z.number().nullable(),
  done: z.boolean(),
  recordedAt: z.string(),
  recordedBy: z.string(),
  materials: z.array(materialLine.extend({ invoiceNumber: z.string().nullable() })),
  attachments: z.array(z.object({ fileName: z.string(), mimeType: z.string(), bytes: z.number(), archivePath: z.string() })),
});
export type FieldReportView = z.infer<typeof fieldReportView>;

/** Everything the printed orden de trabajo shows. */
export const workOrderView = z.object({
  number: z.string(),
  status: z.enum(WORK_ORDER_STATUSES),
  assignedAt: z.string(),
  assignedBy: z.object({ fullName: z.string(), documentNumber: z.string() }),
  instructions: z.string(),
  closedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
  fieldWorker: z.object({ id: z.number(), name: z.string(), documentNumber: z.string(), kind: z.string(), mobile: z.string() }),
  request: z.object({
    filingNumber: z.string(),
    filedAt: z.string(),
    dueOn: z.string(),
    status: z.enum(PQR_STATUSES),
    service: z.enum(SERVICES),
    requestType: z.string(),
    cause: z.string(),
    assignedBy: z.enum(PQR_ASSIGNERS),
    restoresService: z.boolean(),
    observation: z.string(),
  }),
  subscriber: subscriberSummary.extend({
    meter: z.object({ hasMeter: z.boolean(), serial: z.string(), brand: z.string() }),
  }),
  party: partyRow,
  appointment,
  report: fieldReportView.nullable(),
});
export type WorkOrderView = z.infer<typeof workOrderView>;

export const reportResult = z.object({
  order: workOrderView,
  /** Where the trámite went: INFORME, CERRADO (closed by its report) or RADICADO (not done). */
  requestStatus: z.enum(PQR_STATUSES),
  /** The subscriber's status after the report (ACTIVO again after a reconnection). */
  subscriberStatus: subscriberSummary.shape.status,
});
export type ReportResult = z.infer<typeof reportResult>;

export const pendingMaterialsRow = z.object({
  fieldReportId: z.number(),
  workOrderNumber: z.string(),
  filingNumber: z.string(),
  visitedOn: z.string(),
  cause: z.string(),
  fieldWorker: z.string(),
  subscriber: subscriberSummary,
  party: partyRow,
  materials: z.array(materialLine),
  /** At today's prices; lines without a price count 0 (the factura refuses them). */
  estimatedTotal: z.number(),
});
export type PendingMaterialsRow = z.infer<typeof pendingMaterialsRow>;

const workOrderNumber = z
  .string({ error: 'Orden de trabajo: escriba el número' })
  .trim()
  .toUpperCase()
  .regex(/^OT-\d{4}-\d{6}$/, { error: 'Orden de trabajo: con el formato OT-2026-000123' });

export const fieldWorkContract = {
  'fieldWork.workers': query(readers, z.strictObject({}), z.array(fieldWorkerRow)),
  /** Trámites waiting for a field worker (RADICADO), those the caller's role assigns first. */
  'fieldWork.queue': query(readers, z.strictObject({}), z.array(queueRow)),
  'fieldWork.openOrders': query(readers, z.strictObject({}), z.array(openOrderRow)),
  'fieldWork.order': query(readers, z.strictObject({ number: workOrderNumber }), workOrderView),
  'fieldWork.assign': mutation(assigners, assignInput, workOrderView),
  'fieldWork.report': mutation(assigners, fieldReportInput, reportResult),
  'fieldWork.pendingMaterials': query(materialReaders, z.strictObject({}), z.array(pendingMaterialsRow)),
  /** ALMACÉN's factura of a report's materials (the invoice rules are those of invoices.create). */
  'fieldWork.invoiceMaterials': mutation(['ALMACEN'], invoiceMaterialsInput, invoiceView),
};
