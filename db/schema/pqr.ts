import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sql } from 'drizzle-orm';
import { civilDate, flag, id, instant } from './common';
import {
  APPLICANT_KINDS,
  APPOINTMENT_STATUSES,
  NOTIFICATION_KINDS,
  NOTIFICATION_RESULTS,
  PQR_STATUSES,
  SERVICES,
  WORK_ORDER_STATUSES,
} from './enums';
import { causes, channels, fieldWorkers, products, requestTypes, requirements } from './catalogs';
import { invoices } from './invoices';
import { paymentAgreements } from './agreements';
import { parties } from './parties';
import { ownerHistory, subscribers, zones } from './padron';
import { users } from './users';

/**
 * Días festivos: editable data (ADMINISTRACIÓN → Calendario), seeded per country from a
 * maintained holiday library. The business-day engine reads only this table.
 */
export const holidays = sqliteTable(
  'holidays',
  {
    id: id(),
    country: text({ enum: ['CO', 'MX'] }).notNull(),
    date: civilDate().notNull(),
    name: text().notNull(),
    /** LIBRERIA when seeded, MANUAL when an administrator added it. */
    source: text({ enum: ['LIBRERIA', 'MANUAL'] }).notNull(),
    createdAt: instant().notNull(),
  },
  (t) => [uniqueIndex('holidays_country_date').on(t.country, t.date)],
);

/**
 * PQR → TRÁMITE. The radicado (filingNumber) comes from the RADICADO series in the same
 * transaction. dueOn is the legal term in business days from filing, moved by pauses and the
 * one extension; it is stored so that bandejas filter on an index.
 */
export const pqrRequests = sqliteTable(
  'pqr_requests',
  {
    id: id(),
    filingNumber: text().notNull().unique(),
    filedAt: instant().notNull(),
    /** The civil day of filing in the office's time zone; the term counts from the next business day. */
    filedOn: civilDate().notNull(),
    zoneId: integer()
      .notNull()
      .references(() => zones.id),
    channelId: integer()
      .notNull()
      .references(() => channels.id),
    subscriberId: integer()
      .notNull()
      .references(() => subscribers.id),
    partyId: integer()
      .notNull()
      .references(() => parties.id),
    service: text({ enum: SERVICES }).notNull(),
    requestTypeId: integer()
      .notNull()
      .references(() => requestTypes.id),
    causeId: integer()
      .notNull()
      .references(() => causes.id),
    observation: text().notNull(),
    status: text({ enum: PQR_STATUSES }).notNull(),
    /** Business days of the legal term when filed (the type's responseDays then). */
    termDays: integer().notNull(),
    dueOn: civilDate().notNull(),
    /** A term in hours (the causal's when filed: reconnections 24 h), counted from filing or from the last resume. */
    termHours: integer(),
    /** The instant it is due when the term is in hours; dueOn is its civil day. */
    dueAt: instant(),
    applicantKind: text({ enum: APPLICANT_KINDS }).notNull().default('TITULAR'),
    extendedDays: integer().notNull().default(0),
    extensionReason: text(),
    /** The paid factura (or the agreement) that let a gated causal be radicated; used once. */
    gateInvoiceId: integer().references(() => invoices.id),
    gateAgreementId: integer().references(() => paymentAgreements.id),
    /** Cambio de nombre (seed 004): the titular's period in the padrón that radicating it opened. */
    ownerHistoryId: integer().references(() => ownerHistory.id),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
    requestKey: text().notNull().unique(),
    closedAt: instant(),
  },
  (t) => [
    index('pqr_requests_status_due').on(t.status, t.dueOn, t.id),
    /** Bandejas list open trámites by due date: the closed majority stays out of this index. */
    index('pqr_requests_open_due')
      .on(t.dueOn, t.id)
      .where(sql`status <> 'CERRADO'`),
    index('pqr_requests_filed').on(t.filedOn, t.id),
    index('pqr_requests_subscriber').on(t.subscriberId),
    index('pqr_requests_creator').on(t.createdBy, t.id),
    uniqueIndex('pqr_requests_gate_invoice')
      .on(t.gateInvoiceId)
      .where(sql`gate_invoice_id IS NOT NULL`),
  ],
);

/** The requirements of a trámite's tipo/causal and whether the user brought each, as the asesor ticked them. */
export const pqrRequirements = sqliteTable(
  'pqr_requirements',
  {
    requestId: integer()
      .notNull()
      .references(() => pqrRequests.id),
    requirementId: integer()
      .notNull()
      .references(() => requirements.id),
    /** The requirement's name when the trámite was radicated (the catalog may be renamed later). */
    name: text().notNull(),
    required: flag().notNull(),
    presented: flag().notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.requirementId] })],
);

/**
 * "Documentación faltante": the sheet the user takes home when a required document is missing
 * and the trámite was not radicated. Numbered, so it prints by reference like any document.
 */
export const missingDocumentNotices = sqliteTable('missing_document_notices', {
  id: id(),
  number: text().notNull().unique(),
  subscriberId: integer()
    .notNull()
    .references(() => subscribers.id),
  partyId: integer()
    .notNull()
    .references(() => parties.id),
  requestTypeId: integer()
    .notNull()
    .references(() => requestTypes.id),
  causeId: integer()
    .notNull()
    .references(() => causes.id),
  applicantKind: text({ enum: APPLICANT_KINDS }).notNull(),
  /** JSON lists of requirement names. */
  missing: text().notNull(),
  presented: text().notNull(),
  createdAt: instant().notNull(),
  createdBy: integer()
    .notNull()
    .references(() => users.id),
  requestKey: text().notNull().unique(),
});

/** Every change of state of a trámite, with who, when and why: its history. */
export const pqrEvents = sqliteTable(
  'pqr_events',
  {
    id: id(),
    requestId: integer()
      .notNull()
      .references(() => pqrRequests.id),
    at: instant().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
    fromStatus: text({ enum: PQR_STATUSES }),
    toStatus: text({ enum: PQR_STATUSES }).notNull(),
    note: text().notNull().default(''),
  },
  (t) => [index('pqr_events_request').on(t.requestId, t.id)],
);

/** The clock stops while the office waits on the user (evidence); resumedOn null = still paused. */
export const pqrPauses = sqliteTable(
  'pqr_pauses',
  {
    id: id(),
    requestId: integer()
      .notNull()
      .references(() => pqrRequests.id),
    pausedOn: civilDate().notNull(),
    resumedOn: civilDate(),
    reason: text().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('pqr_pauses_request').on(t.requestId)],
);

/**
 * Visit agenda (replaces the shared spreadsheet). A rescheduled appointment stays as
 * REPROGRAMADA with its reason and points to the one that replaced it.
 * One ACTIVA appointment per trámite.
 */
export const visitAppointments = sqliteTable(
  'visit_appointments',
  {
    id: id(),
    requestId: integer()
      .notNull()
      .references(() => pqrRequests.id),
    visitOn: civilDate().notNull(),
    /** The time window, as configured: "08:00-10:00". */
    timeWindow: text().notNull(),
    status: text({ enum: APPOINTMENT_STATUSES }).notNull(),
    asesorId: integer()
      .notNull()
      .references(() => users.id),
    createdAt: instant().notNull(),
    replacedById: integer(),
    rescheduleReason: text(),
  },
  (t) => [
    index('visit_appointments_day').on(t.visitOn, t.timeWindow, t.status),
    uniqueIndex('visit_appointments_one_active')
      .on(t.requestId)
      .where(sql`status = 'ACTIVA'`),
  ],
);

/** Orden de trabajo: a trámite assigned to a field worker; printed for them. */
export const workOrders = sqliteTable(
  'work_orders',
  {
    id: id(),
    number: text().notNull().unique(),
    requestId: integer()
      .notNull()
      .references(() => pqrRequests.id),
    fieldWorkerId: integer()
      .notNull()
      .references(() => fieldWorkers.id),
    status: text({ enum: WORK_ORDER_STATUSES }).notNull(),
    instructions: text().notNull().default(''),
    assignedAt: instant().notNull(),
    assignedBy: integer()
      .notNull()
      .references(() => users.id),
    closedAt: instant(),
    /** A reassignment voids the open order (ANULADA) with who and why. */
    voidedBy: integer().references(() => users.id),
    voidReason: text(),
  },
  (t) => [
    index('work_orders_worker').on(t.fieldWorkerId, t.status),
    uniqueIndex('work_orders_one_open')
      .on(t.requestId)
      .where(sql`status = 'ABIERTA'`),
  ],
);

/** Informe de actividad en terreno / de visita, typed in by the supervisor or coordinator. */
export const fieldReports = sqliteTable('field_reports', {
  id: id(),
  workOrderId: integer()
    .notNull()
    .unique()
    .references(() => workOrders.id),
  visitedOn: civilDate().notNull(),
  findings: text().notNull(),
  actions: text().notNull(),
  meterReading: integer(),
  /** Whether the work was done; a visit not done sends the trámite back to be assigned. */
  done: flag().notNull(),
  recordedAt: instant().notNull(),
  recordedBy: integer()
    .notNull()
    .references(() => users.id),
});

/** Materials used in the field: ALMACÉN invoices them (invoiceId once its factura is saved). */
export const fieldReportMaterials = sqliteTable(
  'field_report_materials',
  {
    id: id(),
    fieldReportId: integer()
      .notNull()
      .references(() => fieldReports.id),
    productId: integer()
      .notNull()
      .references(() => products.id),
    quantity: integer().notNull(),
    invoiceId: integer().references(() => invoices.id),
  },
  (t) => [index('field_report_materials_pending').on(t.invoiceId), index('field_report_materials_report').on(t.fieldReportId)],
);

/** Photos and scanned supports, archived as files; the row keeps where and a checksum. */
export const attachments = sqliteTable(
  'attachments',
  {
    id: id(),
    requestId: integer()
      .notNull()
      .references(() => pqrRequests.id),
    fieldReportId: integer().references(() => fieldReports.id),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    bytes: integer().notNull(),
    sha256: text().notNull(),
    archivePath: text().notNull(),
    createdAt: instant().notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('attachments_request').on(t.requestId)],
);

/** Toma de decisión: editable letters with {{placeholders}}; suiResponseType 1 (accede) … 11 (archiva). */
export const responseTemplates = sqliteTable('response_templates', {
  id: id(),
  name: text().notNull().unique(),
  body: text().notNull(),
  suiResponseType: integer().notNull(),
  active: flag().notNull().default(true),
  updatedAt: instant().notNull(),
});

/** Oficio de respuesta: its own number (OFICIO series), the text as printed. */
export const responseLetters = sqliteTable(
  'response_letters',
  {
    id: id(),
    number: text().notNull().unique(),
    requestId: integer()
      .notNull()
      .references(() => pqrRequests.id),
    templateId: integer().references(() => responseTemplates.id),
    suiResponseType: integer().notNull(),
    body: text().notNull(),
    createdAt: instant().notNull(),
    createdBy: integer()
      .notNull()
      .references(() => users.id),
  },
  (t) => [index('response_letters_request').on(t.requestId)],
);

/**
 * Each attempt to notify a response: PERSONAL (receiver's name and cédula), CORREO_CERTIFICADO
 * (4-72 guide, sent, delivered or returned), ELECTRONICO (only with consent on file), EDICTO
 * (posted on the main office board; removal date computed).
 */
export const notifications = sqliteTable(
  'notifications',
  {
    id: id(),
    requestId: integer()
      .notNull()
      .references(() => pqrRequests.id),
    responseLetterId: integer()
      .notNull()
      .references(() => responseLetters.id),
    kind: text({ enum: NOTIFICATION_KINDS }).notNull(),
    /** The edicto's own number (EDICTO series); null for the other kinds. */
    number: text().unique(),
    result: text({ enum: NOTIFICATION_RESULTS }).notNull(),
    receiverName: text(),
    receiverDocument: text(),
    guideNumber: text(),
    email: text(),
    sentOn: civilDate(),
    resultOn: civilDate(),
    postedOn: civilDate(),
    removalOn: civilDate(),
    note: text().notNull().default(''),
    recordedAt: instant().notNull(),
    recordedBy: integer()
      .notNull()
      .references(() => users.id),
    /** Who recorded the outcome later (4-72 delivered or returned, e-mail read, edicto removed), and when. */
    resultRecordedAt: instant(),
    resultRecordedBy: integer().references(() => users.id),
  },
  (t) => [index('notifications_request').on(t.requestId), index('notifications_letter').on(t.responseLetterId, t.id)],
);

/**
 * Certificado de no adeudo (seed 004): issued when its trámite is radicated, for an account al
 * corriente with the fee's factura found PAGADA. Numbered CND-YYYY-nnnnnn; valid through
 * validUntil (the setting noDebtCertificate.validDays from issuedOn). Anyone at the counter
 * checks it by number.
 */
export const noDebtCertificates = sqliteTable('no_debt_certificates', {
  id: id(),
  number: text().notNull().unique(),
  requestId: integer()
    .notNull()
    .unique()
    .references(() => pqrRequests.id),
  subscriberId: integer()
    .notNull()
    .references(() => subscribers.id),
  partyId: integer()
    .notNull()
    .references(() => parties.id),
  issuedAt: instant().notNull(),
  issuedOn: civilDate().notNull(),
  validUntil: civilDate().notNull(),
  createdBy: integer()
    .notNull()
    .references(() => users.id),
});
