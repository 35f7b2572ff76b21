import type { z } from 'zod';
import type { AppErrorData } from '../errors';
import { agendaContract } from './agenda.contract';
import { calendarContract } from './calendar.contract';
import { auditContract } from './audit.contract';
import { type BackupServiceContract, backupsContract } from './backups.contract';
import { padronContract } from './padron.contract';
import { catalogsContract } from './catalogs.contract';
import { agreementsContract } from './agreements.contract';
import { authContract } from './auth.contract';
import { cashContract } from './cash.contract';
import { couponsContract } from './coupons.contract';
import { companyContract } from './company.contract';
import { documentsContract } from './documents.contract';
import { exportsContract } from './exports.contract';
import { fieldWorkContract } from './fieldwork.contract';
import { importsContract } from './imports.contract';
import { invoicesContract } from './invoices.contract';
import { noDebtContract } from './no-debt.contract';
import { notificationsContract } from './notifications.contract';
import type { ExportFileContract } from './export-file.contract';
import type { PrintContract } from './print.contract';
import type { StationContract } from './station.contract';
import { pqrContract } from './pqr.contract';
import { productsContract } from './products.contract';
import { reportsContract } from './reports.contract';
import { responsesContract } from './responses.contract';
import { statementsContract } from './statements.contract';
import { partiesContract } from './parties.contract';
import { subscribersContract } from './subscribers.contract';
import { usersContract } from './users.contract';
import { puestosContract } from './puestos.contract';

/** Every procedure the renderer can call, by name. Transports serve exactly this. */
export const contract = {
  ...authContract,
  ...usersContract,
  ...partiesContract,
  ...subscribersContract,
  ...productsContract,
  ...invoicesContract,
  ...agreementsContract,
  ...companyContract,
  ...couponsContract,
  ...cashContract,
  ...reportsContract,
  ...statementsContract,
  ...documentsContract,
  ...fieldWorkContract,
  ...responsesContract,
  ...notificationsContract,
  ...pqrContract,
  ...noDebtContract,
  ...agendaContract,
  ...calendarContract,
  ...auditContract,
  ...padronContract,
  ...catalogsContract,
  ...importsContract,
  ...exportsContract,
  ...backupsContract,
  ...puestosContract,
};

export type Contract = typeof contract;
export type ProcedureName = keyof Contract;
/** What a caller sends (before defaults and transforms). */
export type Input<N extends ProcedureName> = z.input<Contract[N]['input']>;
/** What a caller receives. */
export type Output<N extends ProcedureName> = z.output<Contract[N]['output']>;

/**
 * What the renderer can call: the contract above plus printing, export files and backups, which
 * the main process's print, export and backup services answer (asynchronous: PDF and printer,
 * file writing, backups), not dispatch.
 */
export type AppContract = Contract & PrintContract & ExportFileContract & BackupServiceContract & StationContract;
export type AppProcedureName = keyof AppContract;
export type AppInput<N extends AppProcedureName> = z.input<AppContract[N]['input']>;
export type AppOutput<N extends AppProcedureName> = z.output<AppContract[N]['output']>;

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorData };
