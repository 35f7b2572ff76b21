import type { catalogsContract } from '../contract/catalogs.contract';
import type { HandlersOf } from '../handler';
import type { Ctx } from '../context';
import {
  type CatalogDef,
  type CatalogRow,
  createCatalogEntry,
  listCatalog,
  setCatalogActive,
  updateCatalogEntry,
} from './catalog';
import { FIELD_WORKERS, SERVICES_CATALOG } from './people-services';
import { CAUSES, CHANNELS, REQUEST_TYPES, REQUIREMENTS } from './pqr-catalogs';
import { ROUTES, ZONES } from './places';

/** list, create, update, setActive of one catalog, from its definition. */
function handlersOf<F extends object, R extends CatalogRow<F>>(def: CatalogDef<F, R>) {
  return {
    list: (ctx: Ctx, input: { includeInactive?: boolean; q?: string }) => listCatalog(ctx, def, input),
    create: (ctx: Ctx, input: F) => createCatalogEntry(ctx, def, input),
    update: (ctx: Ctx, { id, ...fields }: F & { id: number }) => updateCatalogEntry(ctx, def, id, fields as unknown as F),
    setActive: (ctx: Ctx, input: { id: number | string; active: boolean }) => setCatalogActive(ctx, def, input.id, input.active),
  };
}

const zones = handlersOf(ZONES);
const routes = handlersOf(ROUTES);
const channels = handlersOf(CHANNELS);
const requestTypes = handlersOf(REQUEST_TYPES);
const causes = handlersOf(CAUSES);
const fieldWorkers = handlersOf(FIELD_WORKERS);
const requirements = handlersOf(REQUIREMENTS);
const services = handlersOf(SERVICES_CATALOG);

export const catalogsHandlers = {
  'zones.list': zones.list,
  'zones.create': zones.create,
  'zones.update': zones.update,
  'zones.setActive': zones.setActive,
  'routes.list': routes.list,
  'routes.create': routes.create,
  'routes.update': routes.update,
  'routes.setActive': routes.setActive,
  'channels.list': channels.list,
  'channels.create': channels.create,
  'channels.update': channels.update,
  'channels.setActive': channels.setActive,
  'requestTypes.list': requestTypes.list,
  'requestTypes.create': requestTypes.create,
  'requestTypes.update': requestTypes.update,
  'requestTypes.setActive': requestTypes.setActive,
  'causes.list': causes.list,
  'causes.create': causes.create,
  'causes.update': causes.update,
  'causes.setActive': causes.setActive,
  'fieldWorkers.list': fieldWorkers.list,
  'fieldWorkers.create': fieldWorkers.create,
  'fieldWorkers.update': fieldWorkers.update,
  'fieldWorkers.setActive': fieldWorkers.setActive,
  'requirements.list': requirements.list,
  'requirements.create': requirements.create,
  'requirements.update': requirements.update,
  'requirements.setActive': requirements.setActive,
  'services.list': services.list,
  'services.update': (ctx, { id, name }) => updateCatalogEntry(ctx, SERVICES_CATALOG, id, { name }),
  'services.setActive': services.setActive,
} satisfies HandlersOf<typeof catalogsContract>;
