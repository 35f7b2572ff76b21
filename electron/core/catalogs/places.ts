import type { z } from 'zod';
import type { Ctx } from '../context';
import type { catalogsContract, routeRow, zoneRow } from '../contract/catalogs.contract';
import { invalidField } from '../errors';
import { prepared } from '../statements';
import { type CatalogDef, countOf } from './catalog';

/** Zonas and rutas: where the padrón's predios are, and how a field worker walks them. */

type Input<N extends keyof typeof catalogsContract> = z.output<(typeof catalogsContract)[N]['input']>;
type ZoneFields = Omit<Input<'zones.create'>, never>;
type RouteFields = Omit<Input<'routes.create'>, never>;

const active = (raw: Record<string, unknown>) => raw.active === 1;

export const ZONES: CatalogDef<ZoneFields, z.infer<typeof zoneRow>> = {
  table: 'zones',
  recordType: 'zone',
  name: (z) => `la zona ${z.name}`,
  columns: { name: 'name', municipality: 'municipality' },
  select: 'SELECT t.id, t.name, t.municipality, t.active FROM zones t',
  toRow: (r) => ({ id: r.id as number, name: r.name as string, municipality: r.municipality as string, active: active(r) }),
  search: ['t.name', 't.municipality'],
  order: 't.name',
  unique: [{ columns: ['name'], field: 'name', message: (f) => `Nombre: ya existe la zona ${f.name}` }],
  inUse: (ctx, id) => {
    const routes = countOf(ctx, 'SELECT count(*) AS n FROM routes WHERE zone_id = ? AND active = 1', id);
    if (routes > 0) return `tiene ${routes} ${routes === 1 ? 'ruta activa' : 'rutas activas'}; desactívelas primero`;
    const open = countOf(ctx, "SELECT count(*) AS n FROM pqr_requests WHERE zone_id = ? AND status <> 'CERRADO'", id);
    return open > 0 ? `${open} ${open === 1 ? 'trámite abierto la usa' : 'trámites abiertos la usan'}` : null;
  },
};

/** The zona of a ruta exists and is active. */
function activeZone(ctx: Ctx, zoneId: number): void {
  const zone = prepared(ctx.sqlite, 'SELECT active FROM zones WHERE id = ?').get(zoneId) as { active: number } | undefined;
  if (!zone) throw invalidField('zoneId', 'Zona: elija una de la lista');
  if (zone.active !== 1) throw invalidField('zoneId', 'Zona: está inactiva; actívela o elija otra');
}

export const ROUTES: CatalogDef<RouteFields, z.infer<typeof routeRow>> = {
  table: 'routes',
  recordType: 'route',
  name: (r) => `la ruta ${r.code}`,
  columns: { zoneId: 'zone_id', code: 'code', name: 'name' },
  select:
    'SELECT t.id, t.code, t.zone_id AS zoneId, z.name AS zone, t.name, t.active FROM routes t JOIN zones z ON z.id = t.zone_id',
  toRow: (r) => ({
    id: r.id as number,
    zoneId: r.zoneId as number,
    zone: r.zone as string,
    code: r.code as string,
    name: r.name as string,
    active: active(r),
  }),
  search: ['t.code', 't.name', 'z.name'],
  order: 'z.name, t.code',
  check: (ctx, f) => activeZone(ctx, f.zoneId),
  unique: [{ columns: ['code'], field: 'code', message: (f) => `Código: ya existe la ruta ${f.code}` }],
  inUse: (ctx, id) => {
    const n = countOf(ctx, "SELECT count(*) AS n FROM subscribers WHERE route_id = ? AND status <> 'CANCELADO'", id);
    return n > 0 ? `tiene ${n} ${n === 1 ? 'suscriptor' : 'suscriptores'} sin cancelar` : null;
  },
};
