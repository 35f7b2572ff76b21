import type { Role } from '../../../../../db/schema/enums';
import type { Access } from '../../../../../electron/core/contract/define';
import { fieldWorkContract } from '../../../../../electron/core/contract/fieldwork.contract';

const allows = (access: Access, role: Role) => typeof access !== 'string' && access.includes(role);

/** Read from the contract itself; the core checks the role again on every call. */
export const maySeeMaterials = (role: Role) => allows(fieldWorkContract['fieldWork.pendingMaterials'].access, role);
export const mayInvoiceMaterials = (role: Role) => allows(fieldWorkContract['fieldWork.invoiceMaterials'].access, role);
