import type { Output } from '../../../api';
import { type CatalogDescriptor, choicesFrom } from './catalog-descriptor';
import { APPLICANT_KIND_LABELS, PQR_ASSIGNER_LABELS, SUI_GROUP_LABELS, optionsOf, yesNo } from './catalog-labels';

/** Tipos de trámite, causales and requisitos: what PQR → TRÁMITE offers and checks. */

export const REQUEST_TYPES: CatalogDescriptor<Output<'requestTypes.list'>[number]> = {
  prefix: 'requestTypes',
  title: 'Tipos de trámite',
  newTitle: 'Nuevo tipo de trámite',
  editTitle: 'Editar tipo de trámite',
  recordType: 'request_type',
  recordLabel: 'Tipo de trámite',
  searchHint: 'Nombre',
  entryName: (t) => `el tipo de trámite ${t.name}`,
  columns: [
    { header: 'Nombre', value: (t) => t.name },
    { header: 'Término', value: (t) => `${t.responseDays} días hábiles` },
    { header: 'Silencio administrativo positivo', value: (t) => yesNo(t.silenceApplies) },
    { header: 'Código SUI', value: (t) => t.suiCode, code: true },
  ],
  fields: [
    { name: 'name', label: 'Nombre', kind: 'text', helper: 'Se guarda en mayúsculas' },
    {
      name: 'responseDays',
      label: 'Término (días hábiles)',
      kind: 'number',
      initial: '15',
      helper: 'Para responder; Ley 142: 15',
    },
    { name: 'silenceApplies', label: 'Silencio administrativo positivo', kind: 'boolean', initial: true },
    { name: 'suiCode', label: 'Código SUI', kind: 'number', helper: 'El tipo de trámite del Formato A, de 1 a 99' },
  ],
};

const term = (c: Output<'causes.list'>[number]) =>
  c.termDays !== null ? `${c.termDays} días hábiles` : c.termHours !== null ? `${c.termHours} horas` : 'El del tipo';

const flow = (c: Output<'causes.list'>[number]) =>
  [
    c.needsAppointment && 'Agenda',
    c.requiresFieldReport && 'Informe',
    c.closesWithReport && 'Cierra con informe',
    c.restoresService && 'Deja ACTIVO',
  ]
    .filter(Boolean)
    .join(' · ') || '—';

export const CAUSES: CatalogDescriptor<Output<'causes.list'>[number]> = {
  prefix: 'causes',
  title: 'Causales',
  newTitle: 'Nueva causal',
  editTitle: 'Editar causal',
  recordType: 'cause',
  recordLabel: 'Causal',
  searchHint: 'Nombre, servicio o código SUI',
  entryName: (c) => `la causal ${c.name} (${c.service})`,
  columns: [
    { header: 'Servicio', value: (c) => c.service },
    { header: 'Nombre', value: (c) => c.name },
    { header: 'SUI', value: (c) => `${c.suiGroup}-${c.suiCode}`, code: true },
    { header: 'Producto a pagar', value: (c) => c.gateProductCode ?? '—', code: true },
    { header: 'Flujo', value: flow },
    { header: 'Asigna', value: (c) => PQR_ASSIGNER_LABELS[c.assignedBy] },
    { header: 'Término', value: term },
  ],
  fields: [
    {
      name: 'service',
      label: 'Servicio',
      kind: 'pick',
      from: choicesFrom('services.list', (s) => ({ value: s.id, label: s.name, active: s.active })),
    },
    { name: 'name', label: 'Nombre', kind: 'text', helper: 'Se guarda en mayúsculas' },
    { name: 'suiGroup', label: 'Grupo SUI', kind: 'enum', options: optionsOf(SUI_GROUP_LABELS) },
    { name: 'suiCode', label: 'Código SUI', kind: 'text', helper: 'Tres dígitos, p. ej. 203' },
    { name: 'assignedBy', label: 'Asigna', kind: 'enum', options: optionsOf(PQR_ASSIGNER_LABELS), initial: 'SUPERVISOR' },
    { name: 'termDays', label: 'Término propio (días hábiles)', kind: 'number', empty: 'Vacío: el del tipo de trámite' },
    { name: 'termHours', label: 'Término en horas', kind: 'number', empty: 'Vacío si el término va en días' },
    {
      name: 'gateProductCode',
      label: 'Producto que se debe pagar',
      kind: 'pick',
      empty: 'Ninguno: se radica sin pago previo',
      from: choicesFrom('products.list', (p) => ({ value: p.code, label: `${p.code} — ${p.name}`, active: p.active })),
    },
    { name: 'needsAppointment', label: 'Agenda de visitas', kind: 'boolean' },
    { name: 'requiresFieldReport', label: 'Informe de terreno', kind: 'boolean' },
    { name: 'closesWithReport', label: 'Cierra con el informe', kind: 'boolean' },
    { name: 'restoresService', label: 'Deja ACTIVO al suscriptor', kind: 'boolean' },
  ],
};

export const REQUIREMENTS: CatalogDescriptor<Output<'requirements.list'>[number]> = {
  prefix: 'requirements',
  title: 'Requisitos',
  newTitle: 'Nuevo requisito',
  editTitle: 'Editar requisito',
  recordType: 'requirement',
  recordLabel: 'Requisito',
  searchHint: 'Requisito, tipo de trámite o causal',
  entryName: (r) => `el requisito ${r.name}`,
  columns: [
    { header: 'Requisito', value: (r) => r.name },
    { header: 'Tipo de trámite', value: (r) => r.requestType ?? 'Cualquiera' },
    { header: 'Causal', value: (r) => r.cause ?? 'Cualquiera' },
    { header: 'Solicitante', value: (r) => APPLICANT_KIND_LABELS[r.applicantKind] },
    { header: 'Obligatorio', value: (r) => (r.required ? 'Obligatorio' : 'Opcional') },
  ],
  fields: [
    { name: 'name', label: 'Requisito', kind: 'text', helper: 'Como se lee en la lista que se entrega al usuario' },
    {
      name: 'requestTypeId',
      label: 'Tipo de trámite',
      kind: 'pick',
      empty: 'Cualquiera',
      from: choicesFrom('requestTypes.list', (t) => ({ value: t.id, label: t.name, active: t.active })),
    },
    {
      name: 'causeId',
      label: 'Causal',
      kind: 'pick',
      empty: 'Cualquiera',
      from: choicesFrom('causes.list', (c) => ({ value: c.id, label: `${c.name} (${c.service})`, active: c.active })),
    },
    { name: 'applicantKind', label: 'Solicitante', kind: 'enum', options: optionsOf(APPLICANT_KIND_LABELS), initial: 'TITULAR' },
    { name: 'required', label: 'Obligatorio', kind: 'boolean', initial: true },
  ],
};
