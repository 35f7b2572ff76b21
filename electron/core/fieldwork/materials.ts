import type { Ctx } from '../context';
import type { InvoiceMaterialsInput, PendingMaterialsRow } from '../contract/fieldwork.contract';
import type { InvoiceView } from '../contract/invoices.contract';
import { invalidField, notFound, ruleBroken } from '../errors';
import { createInvoice, invoiceView } from '../invoices/invoices.service';
import { getPartyRow } from '../parties/parties.service';
import { prepared } from '../statements';
import { getByCode } from '../subscribers/subscribers.service';
import { REPORT_FOR_INVOICE, REPORTS_WITH_PENDING_MATERIALS } from './fieldwork.queries';
import { materialLines } from './fieldwork.views';

type PendingReport = Omit<PendingMaterialsRow, 'subscriber' | 'party' | 'materials' | 'estimatedTotal'> & {
  subscriberCode: string;
  partyId: number;
};

/** Seed 001 step 35: the field reports whose materials ALMACÉN has not invoiced yet. */
export function pendingMaterials(ctx: Ctx): PendingMaterialsRow[] {
  const reports = prepared(ctx.sqlite, REPORTS_WITH_PENDING_MATERIALS).all() as PendingReport[];
  return reports.map(({ subscriberCode, partyId, ...report }) => {
    const materials = materialLines(ctx, report.fieldReportId, true).map(({ productId, code, name, quantity, unitPrice }) => ({
      productId,
      code,
      name,
      quantity,
      unitPrice,
    }));
    return {
      ...report,
      subscriber: getByCode(ctx, subscriberCode),
      party: getPartyRow(ctx, partyId),
      materials,
      estimatedTotal: materials.reduce((sum, m) => sum + (m.unitPrice ?? 0) * m.quantity, 0),
    };
  });
}

/**
 * ALMACÉN's factura of a report's materials: the lines come from the report and the factura
 * is made by invoices' own service (numbering, prices, ledger), then the materials point to
 * it in the same transaction, so they are invoiced once. The same request key again (a double
 * click) returns that factura.
 */
export function invoiceMaterials(ctx: Ctx, input: InvoiceMaterialsInput): InvoiceView {
  const report = prepared(ctx.sqlite, REPORT_FOR_INVOICE).get(input.fieldReportId) as
    { id: number; workOrderNumber: string; filingNumber: string; subscriberCode: string; partyId: number } | undefined;
  if (!report) throw notFound('El informe de terreno no existe.');
  const lines = materialLines(ctx, report.id, false);
  const earlier = prepared(ctx.sqlite, 'SELECT id FROM invoices WHERE request_key = ?').get(input.requestKey) as
    { id: number } | undefined;
  if (earlier) {
    if (lines.some((m) => m.invoiceId === earlier.id)) return invoiceView(ctx, earlier.id);
    throw invalidField('requestKey', 'Clave de la solicitud: ya se usó para otra factura; vuelva a abrir la pantalla');
  }
  if (lines.length === 0) {
    throw ruleBroken(
      `El informe de la orden ${report.workOrderNumber} no registró materiales: no hay nada que facturar.`,
      'fieldReportId',
    );
  }
  const pending = lines.filter((m) => m.invoiceId === null);
  if (pending.length === 0) {
    const numbers = [...new Set(lines.map((m) => m.invoiceNumber))].join(', ');
    throw ruleBroken(
      `Los materiales del informe de la orden ${report.workOrderNumber} ya se facturaron (${numbers}).`,
      'fieldReportId',
    );
  }
  const invoice = createInvoice(ctx, {
    requestKey: input.requestKey,
    paymentForm: 'CONTADO',
    subscriberCode: report.subscriberCode,
    partyId: input.partyId ?? report.partyId,
    lines: pending.map((m) => ({ productId: m.productId, quantity: m.quantity })),
    observation:
      input.observation?.trim() ||
      `Materiales del informe de terreno: orden ${report.workOrderNumber}, radicado ${report.filingNumber}`,
  });
  prepared(ctx.sqlite, 'UPDATE field_report_materials SET invoice_id = ? WHERE field_report_id = ? AND invoice_id IS NULL').run(
    invoice.id,
    report.id,
  );
  ctx.audit({
    recordType: 'field_report',
    recordId: report.workOrderNumber,
    after: { materialsInvoice: invoice.number, lines: pending.length },
  });
  return invoice;
}
