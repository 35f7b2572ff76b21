import type { companyContract } from '../contract/company.contract';
import type { HandlersOf } from '../handler';
import { companyProfileOf, printerConfigOf, setPrinterConfig, updateCompany } from './company.service';

export const companyHandlers = {
  'company.get': (ctx) => companyProfileOf(ctx),
  'company.update': updateCompany,
  'printing.config': (ctx) => printerConfigOf(ctx),
  'printing.setConfig': setPrinterConfig,
} satisfies HandlersOf<typeof companyContract>;
