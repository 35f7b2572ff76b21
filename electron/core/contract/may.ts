import type { Role } from '../../../db/schema/enums';
import { accessAllows } from './define';
import { contract, type AppProcedureName } from './index';
import { exportFileContract } from './export-file.contract';
import { backupServiceContract } from './backups.contract';
import { printContract } from './print.contract';
import { stationContract } from './station.contract';

/**
 * Who may call what, read from the contract's access lists: the one answer the core's dispatch
 * enforces and the screens use to show a menu entry, a button or a route. No role list is typed
 * anywhere else.
 */
const APP_CONTRACT = { ...contract, ...printContract, ...exportFileContract, ...backupServiceContract, ...stationContract } as const;

/** May a user of this role call the procedure? (Ownership rules, e.g. own cash session, stay in the core.) */
export function may(name: AppProcedureName, role: Role): boolean {
  const procedure = APP_CONTRACT[name];
  return procedure !== undefined && !procedure.internal && accessAllows(procedure.access, role);
}

/** Does the procedure change records? (A successful call makes the screens read again.) */
export function mutates(name: AppProcedureName): boolean {
  return APP_CONTRACT[name]?.mutates ?? true;
}
