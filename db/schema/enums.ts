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

/** A ledger entry either creates a debt (CHARGE) or applies to one (PAYMENT, REVERSAL). */
export const LEDGER_KINDS = ['CHARGE', 'PAYMENT', 'REVERSAL'] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

export const LEDGER_SOURCES = ['PERIODIC_BILL', 'INVOICE', 'INSTALLMENT', 'PAYMENT', 'ADJUSTMENT'] as const;
export type LedgerSource = (typeof LEDGER_SOURCES)[number];

export const PAYMENT_CHANNELS = ['BANCO', 'CAJA'] as const;
export type PaymentChannel = (typeof PAYMENT_CHANNELS)[number];

export const PRODUCT_CATEGORIES = ['CARGO', 'COMPLEMENTARIO', 'ESPECIAL', 'MULTA', 'CARTERA', 'CERTIFICADO'] as const;
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

export const REQUEST_TYPES = [
  'PETICIÓN',
  'PETICIÓN INTERNA',
  'QUEJA',
  'RECLAMO',
  'SUGERENCIA',
  'RECURSO DE REPOSICIÓN',
  'RECURSO DE APELACIÓN',
] as const;
