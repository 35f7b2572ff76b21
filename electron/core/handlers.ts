import { agendaHandlers } from './agenda/agenda.handlers';
import { calendarHandlers } from './calendar/calendar.handlers';
import { auditHandlers } from './audit/audit.handlers';
import { backupsHandlers } from './backups/backups.handlers';
import { padronHandlers } from './padron/padron.handlers';
import { catalogsHandlers } from './catalogs/catalogs.handlers';
import { agreementsHandlers } from './agreements/agreements.handlers';
import { authHandlers } from './auth/auth.handlers';
import { cashHandlers } from './cash/cash.handlers';
import { couponsHandlers } from './coupons/coupons.handlers';
import { companyHandlers } from './company/company.handlers';
import { documentsHandlers } from './documents/documents.handlers';
import { exportsHandlers } from './exports/exports.handlers';
import { fieldWorkHandlers } from './fieldwork/fieldwork.handlers';
import { importsHandlers } from './imports/imports.handlers';
import { invoicesHandlers } from './invoices/invoices.handlers';
import { noDebtHandlers } from './no-debt/no-debt.handlers';
import { notificationsHandlers } from './notifications/notifications.handlers';
import { pqrHandlers } from './pqr/pqr.handlers';
import { productsHandlers } from './products/products.handlers';
import { reportsHandlers } from './reports/reports.handlers';
import { responsesHandlers } from './responses/responses.handlers';
import { statementsHandlers } from './statements/statements.handlers';
import type { Contract } from './contract';
import type { HandlersOf } from './handler';
import { partiesHandlers } from './parties/parties.handlers';
import { subscribersHandlers } from './subscribers/subscribers.handlers';
import { usersHandlers } from './users/users.handlers';
import { puestosHandlers } from './puestos/puestos.handlers';

/** A procedure of the contract without its handler, or a misspelt one, does not compile. */
export const handlers = {
  ...authHandlers,
  ...usersHandlers,
  ...partiesHandlers,
  ...subscribersHandlers,
  ...productsHandlers,
  ...invoicesHandlers,
  ...agreementsHandlers,
  ...companyHandlers,
  ...couponsHandlers,
  ...cashHandlers,
  ...reportsHandlers,
  ...statementsHandlers,
  ...documentsHandlers,
  ...fieldWorkHandlers,
  ...responsesHandlers,
  ...notificationsHandlers,
  ...pqrHandlers,
  ...noDebtHandlers,
  ...agendaHandlers,
  ...calendarHandlers,
  ...auditHandlers,
  ...padronHandlers,
  ...catalogsHandlers,
  ...importsHandlers,
  ...exportsHandlers,
  ...backupsHandlers,
  ...puestosHandlers,
} satisfies HandlersOf<Contract>;
