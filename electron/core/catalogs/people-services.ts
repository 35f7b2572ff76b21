import type { z } from 'zod';
import type { Service } from '../../../db/schema/enums';
import type { catalogsContract, fieldWorkerCatalogRow, serviceRow } from '../contract/catalogs.contract';
import { type CatalogDef, countOf } from './catalog';

/** Personal de terreno, and the tariff's services. */

type Input<N extends keyof typeof catalogsContract> = z.output<(typeof catalogsContract)[N]['input']>;
const active = (raw: Record<string, unknown>) => raw.active === 1;

export const FIELD_WORKERS: CatalogDef<Input<'fieldWorkers.create'>, z.infer<typeof fieldWorkerCatalogRow>> = {
  table: 'field_workers',
  recordType: 'field_worker',
  name: (w) => `a ${w.name}`,
  columns: { name: 'name', documentNumber: 'document_number', kind: 'kind', mobile: 'mobile' },
  select: 'SELECT t.id, t.name, t.document_number AS documentNumber, t.kind, t.mobile, t.active FROM field_workers t',
  toRow: (r) => ({
    id: r.id as number,
    name: r.name as string,
    documentNumber: r.documentNumber as string,
    kind: r.kind as Input<'fieldWorkers.create'>['kind'],
    mobile: r.mobile as string,
    active: active(r),
  }),
  search: ['t.name', 't.document_number'],
  order: 't.name',
  unique: [
    { columns: ['documentNumber'], field: 'documentNumber', message: (f) => `Documento: ya está registrado ${f.documentNumber}` },
  ],
  inUse: (ctx, id) => {
    const n = countOf(ctx, "SELECT count(*) AS n FROM work_orders WHERE field_worker_id = ? AND status = 'ABIERTA'", id);
    return n > 0
      ? `tiene ${n} ${n === 1 ? 'orden de trabajo abierta' : 'órdenes de trabajo abiertas'}; reasígnelas primero`
      : null;
  },
};

/** The padrón's flag of each service. */
const FLAG: Record<Service, string> = { ACUEDUCTO: 'aqueduct', ALCANTARILLADO: 'sewer', ASEO: 'waste' };

export const SERVICES_CATALOG: CatalogDef<{ name: string }, z.infer<typeof serviceRow>> = {
  table: 'services',
  recordType: 'service',
  key: 't.code',
  name: (s) => `el servicio ${s.name}`,
  columns: { name: 'name' },
  select: 'SELECT t.code AS id, t.name, t.active FROM services t',
  toRow: (r) => ({ id: r.id as Service, name: r.name as string, active: active(r) }),
  search: ['t.name'],
  order: 't.code',
  unique: [{ columns: ['name'], field: 'name', message: (f) => `Nombre: ya hay un servicio llamado ${f.name}` }],
  inUse: (ctx, code) => {
    const subscribers = countOf(
      ctx,
      `SELECT count(*) AS n FROM subscribers WHERE ${FLAG[code as Service]} = 1 AND status <> 'CANCELADO'`,
    );
    if (subscribers > 0) return `${subscribers} suscriptores lo tienen`;
    const causes = countOf(ctx, 'SELECT count(*) AS n FROM causes WHERE service = ? AND active = 1', code);
    return causes > 0 ? `tiene ${causes} causales activas` : null;
  },
};
