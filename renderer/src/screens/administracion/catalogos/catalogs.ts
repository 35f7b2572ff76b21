import type { CatalogDescriptor } from './catalog-descriptor';
import { CHANNELS, FIELD_WORKERS, ROUTES, SERVICES, ZONES } from './office-catalogs';
import { CAUSES, REQUEST_TYPES, REQUIREMENTS } from './pqr-catalogs';

/** The catalogs in the order of their tabs. */
export const CATALOGS: readonly CatalogDescriptor[] = [
  ZONES,
  ROUTES,
  CHANNELS,
  SERVICES,
  REQUEST_TYPES,
  CAUSES,
  FIELD_WORKERS,
  REQUIREMENTS,
];
