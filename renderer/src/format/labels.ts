import type {
  ApplicantKind,
  LandUse,
  LedgerKind,
  PaperSize,
  ProductCategory,
  Role,
  SubscriberStatus,
  TenderMethod,
} from '../../../db/schema/enums';
import type { ModuleName } from '../../../electron/core/auth/modules';
import type { CASH_SESSION_STATUSES } from '../../../electron/core/contract/cash.contract';
import type { CompanyProfile } from '../../../electron/core/contract/company.contract';

/** Spanish names of the core's codes, as the office says them. */
/** Who asks for a trámite (seed 004): the requirements differ for each. */
export const APPLICANT_LABELS: Record<ApplicantKind, string> = {
  TITULAR: 'Titular',
  TERCERO: 'Tercero con carta poder',
  NOTARIA: 'Notaría con poder notarial',
};

export const ROLE_LABELS: Record<Role, string> = {
  ASESOR: 'Asesor',
  CAJERO: 'Cajero',
  SUPERVISOR: 'Supervisor',
  COORDINADOR_PQR: 'Coordinador PQR',
  DIRECTOR_COMERCIAL: 'Director comercial',
  GESTION_DOCUMENTAL: 'Gestión documental',
  ALMACEN: 'Almacén',
  ADMIN: 'Administrador',
};

/** The company's locale: how dates and numbers are written (ADMINISTRACIÓN → Empresa). */
export const LOCALE_LABELS: Record<CompanyProfile['locale'], string> = {
  'es-CO': 'Español (Colombia)',
  'es-MX': 'Español (México)',
};

export const MODULE_LABELS: Record<ModuleName, string> = {
  SUSCRIPTOR: 'SUSCRIPTOR',
  RECAUDO: 'RECAUDO',
  PQR: 'PQR',
  CAJA: 'CAJA',
  REPORTES: 'REPORTES',
  ADMINISTRACION: 'ADMINISTRACIÓN',
};

export const LAND_USE_LABELS: Record<LandUse, string> = {
  RESIDENCIAL: 'Residencial',
  COMERCIAL: 'Comercial',
  INDUSTRIAL: 'Industrial',
  OFICIAL: 'Oficial',
};

export const LEDGER_KIND_LABELS: Record<LedgerKind, string> = {
  CHARGE: 'Cargo',
  PAYMENT: 'Pago',
  REVERSAL: 'Reversión',
  FINANCED: 'Financiado',
  PAYMENT_VOID: 'Pago anulado',
};

export const STATUS_LABELS: Record<SubscriberStatus, string> = {
  ACTIVO: 'Activo',
  SUSPENDIDO: 'Suspendido',
  CORTADO: 'Cortado',
  CANCELADO: 'Cancelado',
};

export const STATUS_COLORS: Record<SubscriberStatus, 'success' | 'warning' | 'error' | 'default'> = {
  ACTIVO: 'success',
  SUSPENDIDO: 'warning',
  CORTADO: 'error',
  CANCELADO: 'default',
};

export const PRODUCT_CATEGORY_LABELS: Record<ProductCategory, string> = {
  CARGO: 'Cargo',
  COMPLEMENTARIO: 'Complementario',
  ESPECIAL: 'Especial',
  MULTA: 'Multa',
  CARTERA: 'Cartera',
  CERTIFICADO: 'Certificado',
};

export const PAPER_SIZE_LABELS: Record<PaperSize, string> = {
  CARTA: 'Carta',
  OFICIO: 'Oficio',
  ROLLO_80MM: 'Rollo 80 mm',
};

export const TENDER_METHOD_LABELS: Record<TenderMethod, string> = {
  EFECTIVO: 'Efectivo',
  TARJETA: 'Tarjeta',
  TRANSFERENCIA: 'Transferencia',
  CONSIGNACION: 'Consignación',
};

export const CASH_SESSION_STATUS_LABELS: Record<(typeof CASH_SESSION_STATUSES)[number], string> = {
  ABIERTA: 'Abierta',
  EN_ARQUEO: 'En arqueo',
  CERRADA: 'Cerrada',
};
