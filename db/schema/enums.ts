/**
 * Closed vocabularies shared by the schema, the contract and the screens.
 * Plain constants: imported by db, core and (as types) the renderer.
 */
export const ROLES = [
  'ASESOR',
  'CAJERO',
  'SUPERVISOR',
  'COORDINADOR_PQR',
  'DIRECTOR_COMERCIAL',
  'GESTION_DOCUMENTAL',
  'ALMACEN',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

export const DOCUMENT_TYPES = ['CC', 'CE', 'NIT', 'TI', 'PAS', 'PPT'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const SUBSCRIBER_STATUSES = ['ACTIVO', 'SUSPENDIDO', 'CORTADO', 'CANCELADO'] as const;
export type SubscriberStatus = (typeof SUBSCRIBER_STATUSES)[number];

export const LAND_USES = ['RESIDENCIAL', 'COMERCIAL', 'INDUSTRIAL', 'OFICIAL'] as const;
export type LandUse = (typeof LAND_USES)[number];

export const SERVICES = ['ACUEDUCTO', 'ALCANTARILLADO', 'ASEO'] as const;
export type Service = (typeof SERVICES)[number];

/**
 * A ledger entry either creates a debt (CHARGE) or applies to one: PAYMENT, REVERSAL (a void
 * of the charge), FINANCED (the part of a debt moved into a payment agreement's installments),
 * PAYMENT_VOID (a voided payment gives the debt back: the only positive applied entry).
 */
export const LEDGER_KINDS = ['CHARGE', 'PAYMENT', 'REVERSAL', 'FINANCED', 'PAYMENT_VOID'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const LEDGER_SOURCES = [
  'PERIODIC_BILL',
  'INVOICE',
  'INSTALLMENT',
  'AGREEMENT',
  'PAYMENT',
  'ADJUSTMENT',
  'CARTERA',
] as const;
export type LedgerSource = (typeof LEDGER_SOURCES)[number];

export const PAYMENT_CHANNELS = ['BANCO', 'CAJA'] as const;
export type PaymentChannel = (typeof PAYMENT_CHANNELS)[number];

export const PRODUCT_CATEGORIES = ['CARGO', 'COMPLEMENTARIO', 'ESPECIAL', 'MULTA', 'CARTERA', 'CERTIFICADO'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

/** Personal de terreno. */
export const FIELD_WORKER_KINDS = ['CONTRATISTA', 'FONTANERO', 'INSPECTOR', 'CUADRILLA'] as const;
export type FieldWorkerKind = (typeof FIELD_WORKER_KINDS)[number];

/** Who asks for a trámite at the counter: the titular, a tercero with carta poder, a notaría with poder notarial. */
export const APPLICANT_KINDS = ['TITULAR', 'TERCERO', 'NOTARIA'] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

export const PAYMENT_FORMS = ['CONTADO', 'CREDITO'] as const;
export type PaymentForm = (typeof PAYMENT_FORMS)[number];
/** Derived: ANULADA when voided, PAGADA when the factura's charge owes nothing, else PENDIENTE. */
export const INVOICE_STATUSES = ['PENDIENTE', 'PAGADA', 'ANULADA'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
/** Derived from the installments: CUMPLIDA when all are paid, INCUMPLIDA with 2 overdue. */
export const AGREEMENT_STATUSES = ['VIGENTE', 'INCUMPLIDA', 'CUMPLIDA', 'ANULADA'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const AGREEMENT_ORIGINS = ['FACTURA', 'DEUDA'] as const;
export const PAPER_SIZES = ['CARTA', 'OFICIO', 'ROLLO_80MM'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** CAJA: how the money came in. */
export const TENDER_METHODS = ['EFECTIVO', 'TARJETA', 'TRANSFERENCIA', 'CONSIGNACION'] as const;
export type TenderMethod = (typeof TENDER_METHODS)[number];

/** A payment coupon's state, derived: paid by a receipt not voided, else expired or in force. */
export const COUPON_STATUSES = ['VIGENTE', 'PAGADO', 'VENCIDO'] as const;
export type CouponStatus = (typeof COUPON_STATUSES)[number];

/** Who asks for an estado de cuenta: the titular, or someone with a carta poder (recorded). */
export const STATEMENT_CAPACITIES = ['TITULAR', 'CARTA_PODER'] as const;
export type StatementCapacity = (typeof STATEMENT_CAPACITIES)[number];

/**
 * PQR → TRÁMITE. RADICADO when filed; ASIGNADO with an open work order; EN_ESPERA while the
 * clock is paused waiting on the user; INFORME once the field report is in; RESPONDIDO when the
 * response letter is printed; CERRADO when notified (or, for a causal closed by its field
 * report, when the work is done). The allowed moves live in core/pqr/states.ts.
 */
export const PQR_STATUSES = ['RADICADO', 'ASIGNADO', 'EN_ESPERA', 'INFORME', 'RESPONDIDO', 'CERRADO'] as const;
export type PqrStatus = (typeof PQR_STATUSES)[number];

/**
 * What radicating a causal does at the counter, in the same transaction (seed 004): issues the
 * certificado de no adeudo, numbered CND, with its validity; or changes the titular in the padrón
 * (cambio de nombre) to the tercero who presents the documents, with its constancia. The trámite
 * then closes.
 */
export const CAUSE_OUTCOMES = ['CERTIFICADO_NO_ADEUDO', 'CAMBIO_DE_TITULAR'] as const;
export type CauseOutcome = (typeof CAUSE_OUTCOMES)[number];

/** Who assigns a causal's field work. */
export const PQR_ASSIGNERS = ['SUPERVISOR', 'COORDINADOR_PQR'] as const;
export type PqrAssigner = (typeof PQR_ASSIGNERS)[number];

export const APPOINTMENT_STATUSES = ['ACTIVA', 'REPROGRAMADA', 'CANCELADA', 'REALIZADA'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

export const WORK_ORDER_STATUSES = ['ABIERTA', 'CERRADA', 'ANULADA'] as const;
export type WorkOrderStatus = (typeof WORK_ORDER_STATUSES)[number];

export const NOTIFICATION_KINDS = ['PERSONAL', 'CORREO_CERTIFICADO', 'ELECTRONICO', 'EDICTO'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
/** EN_CURSO: sent (4-72) or posted (edicto) and not yet done; NOTIFICADO or FALLIDO when known. */
export const NOTIFICATION_RESULTS = ['EN_CURSO', 'NOTIFICADO', 'FALLIDO'] as const;
export type NotificationResult = (typeof NOTIFICATION_RESULTS)[number];

/** What started a backup run (RESTAURACION: a backup was restored). */
export const BACKUP_TRIGGERS = ['DIARIA', 'CORTE', 'MANUAL', 'RESTAURACION'] as const;
export type BackupTrigger = (typeof BACKUP_TRIGGERS)[number];
export const BACKUP_RESULTS = ['OK', 'ERROR'] as const;
export type BackupResult = (typeof BACKUP_RESULTS)[number];
