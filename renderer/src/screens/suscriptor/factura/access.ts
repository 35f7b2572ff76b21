import type { Role } from '../../../../../db/schema/enums';
import { agreementsContract } from '../../../../../electron/core/contract/agreements.contract';
import type { Access } from '../../../../../electron/core/contract/define';
import { invoicesContract } from '../../../../../electron/core/contract/invoices.contract';

const allows = (access: Access, role: Role) => typeof access !== 'string' && access.includes(role);

/**
 * Buttons shown only to the roles the procedure admits, read from the contract itself. The
 * core checks the role again on every call.
 */
export const mayVoidInvoice = (role: Role) => allows(invoicesContract['invoices.void'].access, role);
export const maySignDebtAgreement = (role: Role) => allows(agreementsContract['agreements.createForDebt'].access, role);
