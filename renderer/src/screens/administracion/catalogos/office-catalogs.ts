import type { Output } from '../../../api';
import { type CatalogDescriptor, choicesFrom } from './catalog-descriptor';
import { FIELD_WORKER_KIND_LABELS, optionsOf } from './catalog-labels';

/** Zonas, rutas, medios, servicios and personal de terreno. */

const UPPER = 'Se guarda en mayúsculas';

export const ZONES: CatalogDescriptor<Output<'zones.list'>[number]> = {
  prefix: 'zones',
  title: 'Zonas',
  newTitle: 'Nueva zona',
  editTitle: 'Editar zona',
  recordType: 'zone',
  recordLabel: 'Zona',
  searchHint: 'Nombre o municipio',
  entryName: (z) => `la zona ${z.name}`,
  columns: [
    { header: 'Nombre', value: (z) => z.name },
    { header: 'Municipio', value: (z) => z.municipality },
  ],
  fields: [
    { name: 'name', label: 'Nombre', kind: 'text', helper: UPPER },
    { name: 'municipality', label: 'Municipio', kind: 'text' },
  ],
};

export const ROUTES: CatalogDescriptor<Output<'routes.list'>[number]> = {
  prefix: 'routes',
  title: 'Rutas',
  newTitle: 'Nueva ruta',
  editTitle: 'Editar ruta',
  recordType: 'route',
  recordLabel: 'Ruta',
  searchHint: 'Código, nombre o zona',
  entryName: (r) => `la ruta ${r.code}`,
  columns: [
    { header: 'Código', value: (r) => r.code, code: true },
    { header: 'Nombre', value: (r) => r.name },
    { header: 'Zona', value: (r) => r.zone },
  ],
  fields: [
    {
      name: 'zoneId',
      label: 'Zona',
      kind: 'pick',
      from: choicesFrom('zones.list', (z) => ({ value: z.id, label: z.name, active: z.active })),
    },
    { name: 'code', label: 'Código', kind: 'text', helper: 'Letras, dígitos y guiones, p. ej. 07-001' },
    { name: 'name', label: 'Nombre', kind: 'text', helper: UPPER },
  ],
};

export const CHANNELS: CatalogDescriptor<Output<'channels.list'>[number]> = {
  prefix: 'channels',
  title: 'Medios',
  newTitle: 'Nuevo medio',
  editTitle: 'Editar medio',
  recordType: 'channel',
  recordLabel: 'Medio',
  searchHint: 'Nombre',
  entryName: (c) => `el medio ${c.name}`,
  columns: [{ header: 'Nombre', value: (c) => c.name }],
  fields: [{ name: 'name', label: 'Nombre', kind: 'text', helper: 'Por donde llega el trámite; se guarda en mayúsculas' }],
};

/** The tariff's services are fixed: renamed or deactivated, never created. */
export const SERVICES: CatalogDescriptor<Output<'services.list'>[number]> = {
  prefix: 'services',
  title: 'Servicios',
  editTitle: 'Editar servicio',
  recordType: 'service',
  recordLabel: 'Servicio',
  entryName: (s) => `el servicio ${s.name}`,
  columns: [
    { header: 'Código', value: (s) => s.id, code: true },
    { header: 'Nombre', value: (s) => s.name },
  ],
  fields: [{ name: 'name', label: 'Nombre', kind: 'text', helper: UPPER }],
};

export const FIELD_WORKERS: CatalogDescriptor<Output<'fieldWorkers.list'>[number]> = {
  prefix: 'fieldWorkers',
  title: 'Personal de terreno',
  newTitle: 'Nuevo personal de terreno',
  editTitle: 'Editar personal de terreno',
  recordType: 'field_worker',
  recordLabel: 'Personal de terreno',
  searchHint: 'Nombre o documento',
  entryName: (w) => w.name,
  columns: [
    { header: 'Nombre', value: (w) => w.name },
    { header: 'Documento', value: (w) => w.documentNumber, code: true },
    { header: 'Tipo', value: (w) => FIELD_WORKER_KIND_LABELS[w.kind] },
    { header: 'Celular', value: (w) => w.mobile || '—' },
  ],
  fields: [
    { name: 'name', label: 'Nombre', kind: 'text', helper: UPPER },
    { name: 'documentNumber', label: 'Documento', kind: 'text' },
    { name: 'kind', label: 'Tipo', kind: 'enum', options: optionsOf(FIELD_WORKER_KIND_LABELS), initial: 'CONTRATISTA' },
    { name: 'mobile', label: 'Celular', kind: 'text', helper: 'Solo dígitos; puede quedar vacío' },
  ],
};
