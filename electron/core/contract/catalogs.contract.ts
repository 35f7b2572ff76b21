import { z } from 'zod';
import { APPLICANT_KINDS, FIELD_WORKER_KINDS, PQR_ASSIGNERS, SERVICES } from '../../../db/schema/enums';
import { rolesOf } from '../auth/modules';
import { type Procedure, mutation, query } from './define';
import { id, lineText, requiredText, searchQuery } from './fields';

/**
 * ADMINISTRACIÓN → Catálogos. Every catalog has the same four procedures: list (with search;
 * inactive entries on request), create, update and setActive (never delete). The PQR form and
 * the padrón read the active entries through their own procedures.
 */
const admin = rolesOf('ADMINISTRACION');

type Named<P extends string, T> = { [K in keyof T & string as `${P}.${K}`]: T[K] };

function catalog<P extends string, R extends z.ZodType, F extends z.ZodRawShape>(prefix: P, row: R, fields: F) {
  const procedures = {
    list: query(admin, z.strictObject({ includeInactive: z.boolean().default(true), q: searchQuery.optional() }), z.array(row)),
    create: mutation(admin, z.strictObject(fields), row),
    update: mutation(admin, z.strictObject({ id, ...fields }), row),
    setActive: mutation(admin, z.strictObject({ id, active: z.boolean({ error: 'Activo: sí o no' }) }), row),
  };
  return Object.fromEntries(Object.entries(procedures).map(([k, v]) => [`${prefix}.${k}`, v])) as Named<P, typeof procedures> &
    Record<string, Procedure>;
}

const upper = (label: string, max: number) => requiredText(label, max).transform((s) => s.toUpperCase());
const days = (label: string) =>
  z
    .number({ error: `${label}: escriba un número de días hábiles` })
    .int({ error: `${label}: un número entero` })
    .min(1, { error: `${label}: al menos 1 día hábil` })
    .max(90, { error: `${label}: máximo 90 días hábiles` });
const flag = (label: string) => z.boolean({ error: `${label}: sí o no` });
const active = { active: z.boolean() };

export const zoneRow = z.object({ id: z.number(), name: z.string(), municipality: z.string(), ...active });
export const routeRow = z.object({
  id: z.number(),
  zoneId: z.number(),
  zone: z.string(),
  code: z.string(),
  name: z.string(),
  ...active,
});
export const channelRow = z.object({ id: z.number(), name: z.string(), ...active });
export const serviceRow = z.object({ id: z.enum(SERVICES), name: z.string(), ...active });
export const requestTypeRow = z.object({
  id: z.number(),
  name: z.string(),
  responseDays: z.number(),
  silenceApplies: z.boolean(),
  suiCode: z.number(),
  ...active,
});
export const causeCatalogRow = z.object({
  id: z.number(),
  service: z.enum(SERVICES),
  name: z.string(),
  suiGroup: z.enum(['F', 'P']),
  suiCode: z.string(),
  gateProductCode: z.string().nullable(),
  needsAppointment: z.boolean(),
  requiresFieldReport: z.boolean(),
  closesWithReport: z.boolean(),
  restoresService: z.boolean(),
  assignedBy: z.enum(PQR_ASSIGNERS),
  termDays: z.number().nullable(),
  termHours: z.number().nullable(),
  ...active,
});
export const fieldWorkerCatalogRow = z.object({
  id: z.number(),
  name: z.string(),
  documentNumber: z.string(),
  kind: z.enum(FIELD_WORKER_KINDS),
  mobile: z.string(),
  ...active,
});
export const requirementRow = z.object({
  id: z.number(),
  requestTypeId: z.number().nullable(),
  requestType: z.string().nullable(),
  causeId: z.number().nullable(),
  cause: z.string().nullable(),
  applicantKind: z.enum(APPLICANT_KINDS),
  name: z.string(),
  required: z.boolean(),
  ...active,
});

export const catalogsContract = {
  ...catalog('zones', zoneRow, { name: upper('Nombre', 60), municipality: requiredText('Municipio', 60) }),
  ...catalog('routes', routeRow, {
    zoneId: id,
    code: upper('Código', 12).pipe(z.string().regex(/^[A-Z0-9-]{1,12}$/, { error: 'Código: letras, dígitos y guiones' })),
    name: upper('Nombre', 60),
  }),
  ...catalog('channels', channelRow, { name: upper('Nombre', 40) }),
  ...catalog('requestTypes', requestTypeRow, {
    name: upper('Nombre', 60),
    responseDays: days('Término'),
    silenceApplies: flag('Silencio administrativo'),
    suiCode: z
      .number({ error: 'Código SUI: escriba un número' })
      .int({ error: 'Código SUI: un número entero' })
      .min(1, { error: 'Código SUI: entre 1 y 99' })
      .max(99, { error: 'Código SUI: entre 1 y 99' }),
  }),
  ...catalog('causes', causeCatalogRow, {
    service: z.enum(SERVICES, { error: 'Servicio: elija uno de la lista' }),
    name: upper('Nombre', 80),
    suiGroup: z.enum(['F', 'P'], { error: 'Grupo SUI: F (facturación) o P (prestación)' }),
    suiCode: z
      .string({ error: 'Código SUI: tres dígitos' })
      .trim()
      .regex(/^\d{3}$/, { error: 'Código SUI: tres dígitos' }),
    gateProductCode: lineText('Producto que se debe pagar', 10)
      .transform((s) => s.toUpperCase() || null)
      .nullable(),
    needsAppointment: flag('Agenda de visitas'),
    requiresFieldReport: flag('Informe de terreno'),
    closesWithReport: flag('Cierra con el informe'),
    restoresService: flag('Deja ACTIVO al suscriptor'),
    assignedBy: z.enum(PQR_ASSIGNERS, { error: 'Asigna: supervisor o coordinador de PQR' }),
    termDays: days('Término propio').nullable(),
    termHours: z
      .number({ error: 'Término en horas: escriba un número' })
      .int({ error: 'Término en horas: un número entero' })
      .min(1, { error: 'Término en horas: al menos 1' })
      .max(720, { error: 'Término en horas: máximo 720' })
      .nullable(),
  }),
  ...catalog('fieldWorkers', fieldWorkerCatalogRow, {
    name: upper('Nombre', 80),
    documentNumber: requiredText('Documento', 20).pipe(
      z.string().regex(/^[0-9A-Z-]+$/i, { error: 'Documento: dígitos o letras' }),
    ),
    kind: z.enum(FIELD_WORKER_KINDS, { error: 'Tipo: contratista, fontanero, inspector o cuadrilla' }),
    mobile: lineText('Celular', 20).pipe(z.string().regex(/^\d*$/, { error: 'Celular: solo dígitos' })),
  }),
  ...catalog('requirements', requirementRow, {
    requestTypeId: id.nullable(),
    causeId: id.nullable(),
    applicantKind: z.enum(APPLICANT_KINDS, { error: 'Solicitante: titular, tercero o notaría' }),
    name: requiredText('Requisito', 120),
    required: flag('Obligatorio'),
  }),
  /** The tariff's services are fixed (the padrón has one flag each): renamed or deactivated, not created. */
  'services.list': query(admin, z.strictObject({ includeInactive: z.boolean().default(true) }), z.array(serviceRow)),
  'services.update': mutation(admin, z.strictObject({ id: z.enum(SERVICES), name: upper('Nombre', 40) }), serviceRow),
  'services.setActive': mutation(admin, z.strictObject({ id: z.enum(SERVICES), active: z.boolean() }), serviceRow),
};
