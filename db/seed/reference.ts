import type { Sqlite } from '../open';
import type { ApplicantKind, CauseOutcome, PqrAssigner, ProductCategory, Service } from '../schema/enums';
import { seedResponseTemplates } from './response-templates';
import { METER_INSPECTION } from '../../electron/core/consumption/meter-inspection';

/**
 * The catalogs every office starts with (ADMIN edits them later). Prices in COP.
 * SUI codes follow Superservicios' Formato A grouping (F facturación, P prestación); an
 * office checks them against the current official table before its first monthly report.
 */
export const CHANNELS = ['PERSONAL', 'TELEFÓNICO', 'ESCRITO', 'CORREO', 'WEB'] as const;

/** Ley 142 de 1994 art. 158: 15 business days, per type so an office can change it. */
export const RESPONSE_DAYS = 15;

/**
 * Tipos de trámite. Silencio administrativo positivo applies to what a user files and the
 * company must answer (Ley 142 art. 158): peticiones, quejas, reclamos and the reposición; not
 * an internal petition or a suggestion, nor the apelación, which Superservicios decides.
 * SUI codes: our reading of Formato A (SPEC §5b), checked by the office before its first upload.
 */
export const REQUEST_TYPES: readonly { name: string; silenceApplies: boolean; suiCode: number }[] = [
  { name: 'PETICIÓN', silenceApplies: true, suiCode: 5 },
  { name: 'PETICIÓN INTERNA', silenceApplies: false, suiCode: 5 },
  { name: 'QUEJA', silenceApplies: true, suiCode: 2 },
  { name: 'RECLAMO', silenceApplies: true, suiCode: 1 },
  { name: 'SUGERENCIA', silenceApplies: false, suiCode: 5 },
  { name: 'RECURSO DE REPOSICIÓN', silenceApplies: true, suiCode: 3 },
  { name: 'RECURSO DE APELACIÓN', silenceApplies: false, suiCode: 4 },
];

/** SPEC §5b: a reconnection within 24 hours after the cause is removed (the verified payment). */
export const RECONNECTION_HOURS = 24;

interface CauseSeed {
  service: Service;
  name: string;
  suiGroup: 'F' | 'P';
  suiCode: string;
  flow?: Partial<CauseFlow>;
}

/** How a causal moves through the office (catalog fields an administrator can change). */
export interface CauseFlow {
  gateProductCode: string | null;
  needsAppointment: boolean;
  requiresFieldReport: boolean;
  closesWithReport: boolean;
  restoresService: boolean;
  assignedBy: PqrAssigner;
  /** A term in business days of its own instead of the type's. */
  termDays: number | null;
  /** A term in hours instead of the type's business days. */
  termHours: number | null;
  /** Radicated only for an account al corriente (nothing overdue). */
  requiresAccountCurrent: boolean;
  /** What radicating it issues at once. */
  outcome: CauseOutcome | null;
}
const GENERAL: CauseFlow = {
  gateProductCode: null,
  needsAppointment: false,
  requiresFieldReport: false,
  closesWithReport: false,
  restoresService: false,
  assignedBy: 'COORDINADOR_PQR',
  termDays: null,
  termHours: null,
  requiresAccountCurrent: false,
  outcome: null,
};
/** Seed 001: radicated only once the reconnection factura is paid; the field report closes it. */
const RECONNECTION: Partial<CauseFlow> = {
  gateProductCode: 'REC',
  requiresFieldReport: true,
  closesWithReport: true,
  restoresService: true,
  assignedBy: 'SUPERVISOR',
  termHours: RECONNECTION_HOURS,
};
/**
 * Seed 004: an account al corriente, the fee (CNA) paid at CAJA and verified by the system, then
 * the certificate is issued with the radicado and the trámite is closed.
 */
const NO_DEBT: Partial<CauseFlow> = { gateProductCode: 'CNA', requiresAccountCurrent: true, outcome: 'CERTIFICADO_NO_ADEUDO' };
/**
 * Seed 004: cambio de nombre, an account al corriente and the fee (CNO) paid at CAJA and verified;
 * radicating it makes the tercero who presents the documents the titular, and closes the trámite.
 */
const NAME_CHANGE: Partial<CauseFlow> = { gateProductCode: 'CNO', requiresAccountCurrent: true, outcome: 'CAMBIO_DE_TITULAR' };
/** Seed 002: a slot of the visit agenda, then the visit report before the response. */
const VISIT: Partial<CauseFlow> = { needsAppointment: true, requiresFieldReport: true };
/** SPEC §5 and seed 004: a meter inspection is answered within 10 business days (15 at most). */
export const METER_INSPECTION_DAYS = 10;

export const CAUSES: readonly CauseSeed[] = [
  { service: 'ACUEDUCTO', name: 'RECONEXIÓN DEL SERVICIO', suiGroup: 'P', suiCode: '203', flow: RECONNECTION },
  { service: 'ACUEDUCTO', name: 'VISITA DOMICILIARIA', suiGroup: 'P', suiCode: '210', flow: VISIT },
  { service: 'ACUEDUCTO', name: 'ALTO CONSUMO', suiGroup: 'F', suiCode: '101' },
  {
    service: METER_INSPECTION.service,
    name: METER_INSPECTION.causeName,
    suiGroup: 'F',
    suiCode: '109',
    flow: { ...VISIT, termDays: METER_INSPECTION_DAYS },
  },
  { service: 'ACUEDUCTO', name: 'FUGA PERCEPTIBLE', suiGroup: 'P', suiCode: '211' },
  { service: 'ACUEDUCTO', name: 'FUGA IMPERCEPTIBLE', suiGroup: 'P', suiCode: '211' },
  { service: 'ACUEDUCTO', name: 'FALTA DE SERVICIO', suiGroup: 'P', suiCode: '201' },
  { service: 'ACUEDUCTO', name: 'CALIDAD DEL AGUA', suiGroup: 'P', suiCode: '205' },
  { service: 'ACUEDUCTO', name: 'CAMBIO DE MEDIDOR', suiGroup: 'P', suiCode: '209' },
  { service: 'ACUEDUCTO', name: 'CAMBIO DE NOMBRE', suiGroup: 'F', suiCode: '113', flow: NAME_CHANGE },
  { service: 'ACUEDUCTO', name: 'CANCELACIÓN DE TOMA', suiGroup: 'P', suiCode: '207' },
  { service: 'ACUEDUCTO', name: 'CERTIFICADO DE NO ADEUDO', suiGroup: 'F', suiCode: '118', flow: NO_DEBT },
  { service: 'ACUEDUCTO', name: 'ESTADO DE CUENTA', suiGroup: 'F', suiCode: '118' },
  { service: 'ACUEDUCTO', name: 'CONEXIÓN FRAUDULENTA', suiGroup: 'P', suiCode: '212' },
  { service: 'ACUEDUCTO', name: 'COBRO DE SERVICIOS NO PRESTADOS', suiGroup: 'F', suiCode: '103' },
  { service: 'ALCANTARILLADO', name: 'VISITA DOMICILIARIA', suiGroup: 'P', suiCode: '210', flow: VISIT },
  { service: 'ALCANTARILLADO', name: 'TAPONAMIENTO ALCANTARILLADO', suiGroup: 'P', suiCode: '204' },
  { service: 'ALCANTARILLADO', name: 'ALCANTARILLADO ROTO', suiGroup: 'P', suiCode: '204' },
  { service: 'ALCANTARILLADO', name: 'COBRO DE ALCANTARILLADO', suiGroup: 'F', suiCode: '102' },
  { service: 'ASEO', name: 'RECOLECCIÓN NO PRESTADA', suiGroup: 'P', suiCode: '201' },
  { service: 'ASEO', name: 'RECOLECCIÓN DE ESCOMBROS', suiGroup: 'P', suiCode: '213' },
  { service: 'ASEO', name: 'COBRO DE ASEO', suiGroup: 'F', suiCode: '102' },
];

/**
 * Requisitos por trámite that every office starts with, from seed 004 (ODAPAS): by causal and
 * who asks. "Cuenta al corriente" is not here: the system checks the account, not a paper.
 */
export const REQUIREMENTS: readonly { cause: string; applicant: ApplicantKind; names: readonly string[] }[] = [
  { cause: 'ESTADO DE CUENTA', applicant: 'TITULAR', names: ['Identificación oficial del titular'] },
  { cause: 'ESTADO DE CUENTA', applicant: 'TERCERO', names: ['Carta poder', 'Identificación oficial del solicitante'] },
  { cause: 'CERTIFICADO DE NO ADEUDO', applicant: 'TITULAR', names: ['Identificación oficial del titular'] },
  {
    cause: 'CERTIFICADO DE NO ADEUDO',
    applicant: 'TERCERO',
    names: ['Identificación oficial del solicitante', 'Carta poder', 'Identificación oficial del titular'],
  },
  {
    cause: 'CERTIFICADO DE NO ADEUDO',
    applicant: 'NOTARIA',
    names: ['Identificación oficial del solicitante', 'Poder notarial'],
  },
  {
    cause: 'CAMBIO DE NOMBRE',
    applicant: 'TITULAR',
    names: [
      'Boleta predial actualizada',
      'Comprobante de la propiedad (escrituras, compraventa, carta de entrega o cesión de derechos)',
      'Identificación oficial',
    ],
  },
  {
    cause: 'CANCELACIÓN DE TOMA',
    applicant: 'TITULAR',
    names: ['Oficio al Director General con copia al Director de Comercialización', 'Identificación oficial del titular'],
  },
];

export const PRODUCTS: readonly { code: string; name: string; category: ProductCategory; price: number; taxable: boolean }[] = [
  { code: 'COR', name: 'CORTE', category: 'CARGO', price: 38_500, taxable: false },
  { code: 'REC', name: 'RECONEXIÓN DEL SERVICIO', category: 'CARGO', price: 52_300, taxable: false },
  { code: 'SUS', name: 'SUSPENSIÓN', category: 'CARGO', price: 31_200, taxable: false },
  { code: 'RAC', name: 'RECUPERACIÓN ACUEDUCTO CARTERA', category: 'CARTERA', price: 18_900, taxable: false },
  { code: 'RAL', name: 'RECUPERACIÓN ALCANTARILLADO CARTERA', category: 'CARTERA', price: 14_600, taxable: false },
  { code: 'ACO', name: 'ARREGLO DE ACOMETIDA', category: 'COMPLEMENTARIO', price: 185_000, taxable: false },
  { code: 'RPA', name: 'CAMBIO DE REGISTRO DE PASO', category: 'COMPLEMENTARIO', price: 96_000, taxable: false },
  { code: 'RRC', name: 'RECOLECCIÓN DE RESIDUOS POR CANTIDAD (M3)', category: 'COMPLEMENTARIO', price: 42_000, taxable: false },
  { code: 'CVI', name: 'CERTIFICADO DE VIABILIDAD', category: 'COMPLEMENTARIO', price: 64_000, taxable: false },
  { code: 'FON', name: 'FONTANERÍA (HORA)', category: 'COMPLEMENTARIO', price: 35_000, taxable: false },
  { code: 'MED', name: 'VENTA DE MEDIDOR', category: 'COMPLEMENTARIO', price: 165_000, taxable: true },
  { code: 'VOL', name: 'ALQUILER DE VOLQUETA (HORA)', category: 'COMPLEMENTARIO', price: 120_000, taxable: true },
  { code: 'LAB', name: 'ANÁLISIS DE LABORATORIO', category: 'ESPECIAL', price: 210_000, taxable: true },
  { code: 'ESC', name: 'RECOLECCIÓN DE ESCOMBROS (M3)', category: 'ESPECIAL', price: 58_000, taxable: false },
  { code: 'MCF', name: 'MULTA POR CONEXIÓN FRAUDULENTA', category: 'MULTA', price: 1_423_500, taxable: false },
  { code: 'MRN', name: 'MULTA POR RECONEXIÓN NO AUTORIZADA', category: 'MULTA', price: 711_750, taxable: false },
  { code: 'CNA', name: 'CERTIFICADO DE NO ADEUDO', category: 'CERTIFICADO', price: 12_500, taxable: false },
  { code: 'CEC', name: 'CERTIFICADO DE ESTADO DE CUENTA', category: 'CERTIFICADO', price: 6_800, taxable: false },
  { code: 'CNO', name: 'CAMBIO DE NOMBRE', category: 'CARGO', price: 45_000, taxable: false },
];

/** Loads the reference catalogs into an empty office. */
export function seedReference(sqlite: Sqlite, at: Date): void {
  const now = at.toISOString();
  const validFrom = `${at.getUTCFullYear() - 3}-01-01`;
  const channel = sqlite.prepare('INSERT INTO channels (name) VALUES (?)');
  for (const name of CHANNELS) channel.run(name);
  const type = sqlite.prepare('INSERT INTO request_types (name, response_days, silence_applies, sui_code) VALUES (?, ?, ?, ?)');
  for (const t of REQUEST_TYPES) type.run(t.name, RESPONSE_DAYS, t.silenceApplies ? 1 : 0, t.suiCode);
  const cause = sqlite.prepare(
    `INSERT INTO causes (service, name, sui_group, sui_code, gate_product_code, needs_appointment,
       requires_field_report, closes_with_report, restores_service, assigned_by, term_days, term_hours, requires_account_current, outcome)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of CAUSES) {
    const f = { ...GENERAL, ...c.flow };
    const b = (v: boolean) => (v ? 1 : 0);
    cause.run(
      c.service,
      c.name,
      c.suiGroup,
      c.suiCode,
      f.gateProductCode,
      b(f.needsAppointment),
      b(f.requiresFieldReport),
      b(f.closesWithReport),
      b(f.restoresService),
      f.assignedBy,
      f.termDays,
      f.termHours,
      b(f.requiresAccountCurrent),
      f.outcome,
    );
  }
  const product = sqlite.prepare('INSERT INTO products (code, name, category, taxable) VALUES (?, ?, ?, ?) RETURNING id');
  const price = sqlite.prepare('INSERT INTO product_prices (product_id, price, valid_from, created_at) VALUES (?, ?, ?, ?)');
  for (const p of PRODUCTS) {
    const { id } = product.get(p.code, p.name, p.category, p.taxable ? 1 : 0) as { id: number };
    price.run(id, p.price, validFrom, now);
  }
  const requirement = sqlite.prepare(
    `INSERT INTO requirements (cause_id, applicant_kind, name, required) SELECT id, ?, ?, 1 FROM causes WHERE name = ? AND service = 'ACUEDUCTO'`,
  );
  for (const r of REQUIREMENTS) for (const name of r.names) requirement.run(r.applicant, name, r.cause);
  seedResponseTemplates(sqlite, at);
}
