import { workstationPrinters } from '../../../db/schema';
import { eq } from 'drizzle-orm';
import type { Ctx } from '../context';
import { nowIso } from '../context';
import type { CompanyProfile, PrinterConfig } from '../contract/company.contract';
import { getSetting, setSetting } from '../settings/settings';

export const companyProfileOf = (ctx: Ctx): CompanyProfile => getSetting(ctx.db, 'company.profile');

export function updateCompany(ctx: Ctx, input: CompanyProfile): CompanyProfile {
  const before = companyProfileOf(ctx);
  setSetting(ctx.db, 'company.profile', input, ctx.clock.now());
  ctx.audit({
    recordType: 'company',
    recordId: 'profile',
    before: { ...before, logo: before.logo ? '[imagen]' : '' },
    after: { ...input, logo: input.logo ? '[imagen]' : '' },
  });
  return input;
}

export function printerConfigOf(ctx: Ctx, workstation = ctx.workstation): PrinterConfig & { workstation: string } {
  const row = ctx.db.select().from(workstationPrinters).where(eq(workstationPrinters.workstation, workstation)).get();
  return {
    workstation,
    documentPrinter: row?.documentPrinter ?? '',
    receiptPrinter: row?.receiptPrinter ?? '',
    paper: row?.paper ?? 'CARTA',
  };
}

export function setPrinterConfig(ctx: Ctx, input: PrinterConfig): PrinterConfig & { workstation: string } {
  const before = printerConfigOf(ctx);
  const values = { ...input, updatedAt: nowIso(ctx) };
  ctx.db
    .insert(workstationPrinters)
    .values({ workstation: ctx.workstation, ...values })
    .onConflictDoUpdate({ target: workstationPrinters.workstation, set: values })
    .run();
  ctx.audit({ recordType: 'workstation', recordId: ctx.workstation, before, after: input });
  return printerConfigOf(ctx);
}
