import type { z } from 'zod';
import type { Ctx } from '../context';
import type {
  catalogsContract,
  causeCatalogRow,
  channelRow,
  requestTypeRow,
  requirementRow,
} from '../contract/catalogs.contract';
import { invalidField } from '../errors';
import { prepared } from '../statements';
import { type CatalogDef, countOf } from './catalog';

/** Medios, tipos de trámite, causales and requisitos: what PQR → TRÁMITE offers. */

type Input<N extends keyof typeof catalogsContract> = z.output<(typeof catalogsContract)[N]['input']>;
const active = (raw: Record<string, unknown>) => raw.active === 1;
const openUsing = (ctx: Ctx, column: string, id: number | string) => {
  const n = countOf(ctx, `SELECT count(*) AS n FROM pqr_requests WHERE ${column} = ? AND status <> 'CERRADO'`, id);
  return n > 0 ? `${n} ${n === 1 ? 'trámite abierto lo usa' : 'trámites abiertos lo usan'}` : null;
};

export const CHANNELS: CatalogDef<Input<'channels.create'>, z.infer<typeof channelRow>> = {
  table: 'channels',
  recordType: 'channel',
  name: (c) => `el medio ${c.name}`,
  columns: { name: 'name' },
  select: 'SELECT t.id, t.name, t.active FROM channels t',
  toRow: (r) => ({ id: r.id as number, name: r.name as string, active: active(r) }),
  search: ['t.name'],
  order: 't.name',
  unique: [{ columns: ['name'], field: 'name', message: (f) => `Nombre: ya existe el medio ${f.name}` }],
};

export const REQUEST_TYPES: CatalogDef<Input<'requestTypes.create'>, z.infer<typeof requestTypeRow>> = {
  table: 'request_types',
  recordType: 'request_type',
  name: (t) => `el tipo de trámite ${t.name}`,
  columns: { name: 'name', responseDays: 'response_days', silenceApplies: 'silence_applies', suiCode: 'sui_code' },
  select: `SELECT t.id, t.name, t.response_days AS responseDays, t.silence_applies AS silenceApplies, t.sui_code AS suiCode, t.active
    FROM request_types t`,
  toRow: (r) => ({
    id: r.id as number,
    name: r.name as string,
    responseDays: r.responseDays as number,
    silenceApplies: r.silenceApplies === 1,
    suiCode: r.suiCode as number,
    active: active(r),
  }),
  search: ['t.name'],
  order: 't.id',
  unique: [{ columns: ['name'], field: 'name', message: (f) => `Nombre: ya existe el tipo ${f.name}` }],
  inUse: (ctx, id) => openUsing(ctx, 'request_type_id', id),
};

type CauseFields = Input<'causes.create'>;

/** The flags of a causal must make one flow a trámite can follow. */
function checkCause(ctx: Ctx, f: CauseFields): void {
  const service = prepared(ctx.sqlite, 'SELECT active FROM services WHERE code = ?').get(f.service) as
    { active: number } | undefined;
  if (service?.active !== 1) throw invalidField('service', `Servicio: ${f.service} está inactivo`);
  if (f.gateProductCode) {
    const product = prepared(ctx.sqlite, 'SELECT active FROM products WHERE code = ?').get(f.gateProductCode) as
      { active: number } | undefined;
    if (!product) throw invalidField('gateProductCode', `Producto que se debe pagar: no existe el producto ${f.gateProductCode}`);
    if (product.active !== 1)
      throw invalidField('gateProductCode', `Producto que se debe pagar: ${f.gateProductCode} está inactivo`);
  }
  if ((f.closesWithReport || f.restoresService) && !f.requiresFieldReport) {
    throw invalidField(
      'requiresFieldReport',
      'Informe de terreno: una causal que cierra con el informe o deja ACTIVO al suscriptor lo necesita',
    );
  }
  if (f.restoresService && !f.closesWithReport) {
    throw invalidField(
      'closesWithReport',
      'Cierra con el informe: una causal que deja ACTIVO al suscriptor se cierra con su informe',
    );
  }
  if (f.termDays !== null && f.termHours !== null) {
    throw invalidField('termHours', 'Término en horas: use días hábiles o horas, no los dos');
  }
}

export const CAUSES: CatalogDef<CauseFields, z.infer<typeof causeCatalogRow>> = {
  table: 'causes',
  recordType: 'cause',
  name: (c) => `la causal ${c.name} (${c.service})`,
  columns: {
    service: 'service',
    name: 'name',
    suiGroup: 'sui_group',
    suiCode: 'sui_code',
    gateProductCode: 'gate_product_code',
    needsAppointment: 'needs_appointment',
    requiresFieldReport: 'requires_field_report',
    closesWithReport: 'closes_with_report',
    restoresService: 'restores_service',
    assignedBy: 'assigned_by',
    termDays: 'term_days',
    termHours: 'term_hours',
  },
  select: `SELECT t.id, t.service, t.name, t.sui_group AS suiGroup, t.sui_code AS suiCode, t.gate_product_code AS gateProductCode,
    t.needs_appointment AS needsAppointment, t.requires_field_report AS requiresFieldReport, t.closes_with_report AS closesWithReport,
    t.restores_service AS restoresService, t.assigned_by AS assignedBy, t.term_days AS termDays, t.term_hours AS termHours, t.active
    FROM causes t`,
  toRow: (r) => ({
    id: r.id as number,
    service: r.service as CauseFields['service'],
    name: r.name as string,
    suiGroup: r.suiGroup as 'F' | 'P',
    suiCode: r.suiCode as string,
    gateProductCode: (r.gateProductCode as string | null) ?? null,
    needsAppointment: r.needsAppointment === 1,
    requiresFieldReport: r.requiresFieldReport === 1,
    closesWithReport: r.closesWithReport === 1,
    restoresService: r.restoresService === 1,
    assignedBy: r.assignedBy as CauseFields['assignedBy'],
    termDays: (r.termDays as number | null) ?? null,
    termHours: (r.termHours as number | null) ?? null,
    active: active(r),
  }),
  search: ['t.name', 't.service', 't.sui_code'],
  order: 't.service, t.name',
  check: (ctx, f) => checkCause(ctx, f),
  unique: [
    { columns: ['service', 'name'], field: 'name', message: (f) => `Nombre: ya existe la causal ${f.name} en ${f.service}` },
  ],
  inUse: (ctx, id) => openUsing(ctx, 'cause_id', id),
};

type RequirementFields = Input<'requirements.create'>;

function checkRequirement(ctx: Ctx, f: RequirementFields): void {
  if (f.requestTypeId === null && f.causeId === null) {
    throw invalidField('causeId', 'Causal: elija el tipo de trámite, la causal o los dos a los que aplica el requisito');
  }
  if (f.requestTypeId !== null && !prepared(ctx.sqlite, 'SELECT 1 FROM request_types WHERE id = ?').get(f.requestTypeId)) {
    throw invalidField('requestTypeId', 'Tipo de trámite: elija uno de la lista');
  }
  if (f.causeId !== null && !prepared(ctx.sqlite, 'SELECT 1 FROM causes WHERE id = ?').get(f.causeId)) {
    throw invalidField('causeId', 'Causal: elija una de la lista');
  }
}

export const REQUIREMENTS: CatalogDef<RequirementFields, z.infer<typeof requirementRow>> = {
  table: 'requirements',
  recordType: 'requirement',
  name: (r) => `el requisito ${r.name}`,
  columns: {
    requestTypeId: 'request_type_id',
    causeId: 'cause_id',
    applicantKind: 'applicant_kind',
    name: 'name',
    required: 'required',
  },
  select: `SELECT t.id, t.request_type_id AS requestTypeId, rt.name AS requestType, t.cause_id AS causeId, c.name AS cause,
    t.applicant_kind AS applicantKind, t.name, t.required, t.active
    FROM requirements t LEFT JOIN request_types rt ON rt.id = t.request_type_id LEFT JOIN causes c ON c.id = t.cause_id`,
  toRow: (r) => ({
    id: r.id as number,
    requestTypeId: (r.requestTypeId as number | null) ?? null,
    requestType: (r.requestType as string | null) ?? null,
    causeId: (r.causeId as number | null) ?? null,
    cause: (r.cause as string | null) ?? null,
    applicantKind: r.applicantKind as RequirementFields['applicantKind'],
    name: r.name as string,
    required: r.required === 1,
    active: active(r),
  }),
  search: ['t.name', 'rt.name', 'c.name'],
  order: 'c.name, rt.name, t.applicant_kind, t.id',
  check: (ctx, f) => checkRequirement(ctx, f),
  unique: [
    {
      columns: ['requestTypeId', 'causeId', 'applicantKind', 'name'],
      field: 'name',
      message: (f) => `Requisito: «${f.name}» ya está en la lista para ese trámite y solicitante`,
    },
  ],
};
