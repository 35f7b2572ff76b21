import type { Role } from '../../../db/schema/enums';

/**
 * The Serviweb-style menu modules and the roles that may use each. Procedures declare the
 * modules they belong to, so the menu and the main-process role check read the same table.
 */
export const MODULES = {
  SUSCRIPTOR: ['ASESOR', 'SUPERVISOR', 'COORDINADOR_PQR', 'DIRECTOR_COMERCIAL', 'GESTION_DOCUMENTAL', 'ALMACEN'],
  RECAUDO: ['ASESOR', 'SUPERVISOR'],
  PQR: ['ASESOR', 'SUPERVISOR', 'COORDINADOR_PQR', 'DIRECTOR_COMERCIAL', 'GESTION_DOCUMENTAL'],
  CAJA: ['CAJERO'],
  REPORTES: ['SUPERVISOR', 'COORDINADOR_PQR', 'DIRECTOR_COMERCIAL', 'ADMIN'],
  ADMINISTRACION: ['ADMIN'],
} as const satisfies Record<string, readonly Role[]>;

export type ModuleName = keyof typeof MODULES;
export const MODULE_NAMES = Object.keys(MODULES) as ModuleName[];

export function modulesOf(role: Role): ModuleName[] {
  return MODULE_NAMES.filter((m) => (MODULES[m] as readonly Role[]).includes(role));
}

/** The roles of the union of some modules. */
export function rolesOf(...modules: ModuleName[]): readonly Role[] {
  return [...new Set(modules.flatMap((m) => MODULES[m] as readonly Role[]))];
}
