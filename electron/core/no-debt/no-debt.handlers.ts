import type { noDebtContract } from '../contract/no-debt.contract';
import type { HandlersOf } from '../handler';
import { checkNoDebtCertificate } from './no-debt.service';

export const noDebtHandlers = {
  'noDebtCertificates.check': (ctx, input) => checkNoDebtCertificate(ctx, input.number),
} satisfies HandlersOf<typeof noDebtContract>;
