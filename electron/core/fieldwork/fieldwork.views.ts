import type { PqrAssigner, PqrStatus, Service, WorkOrderStatus } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { actor, today } from '../context';
import type {
  FieldReportView,
  FieldWorkerRow,
  MaterialLine,
  OpenOrderRow,
  QueueRow,
  WorkOrderView,
} from '../contract/fieldwork.contract';
import { notFound } from '../errors';
import { getPartyRow } from '../parties/parties.service';
import { priceOn } from '../products/products.service';
import { prepared } from '../statements';
import { getByCode } from '../subscribers/subscribers.service';
import {
  ACTIVE_WORKERS,
  ATTACHMENTS_OF_REPORT,
  MATERIALS_OF_REPORT,
  OPEN_ORDERS,
  ORDER_BY_ID,
  ORDER_ID_BY_NUMBER,
  QUEUE,
  REPORT_OF_ORDER,
} from './fieldwork.queries';

const QUEUE_LIMIT = 300;

type Sql<T> = Omit<T, 'appointment'> & { visitOn: string | null; timeWindow: string | null };

const appointmentOf = (row: { visitOn: string | null; timeWindow: string | null }) =>
  row.visitOn && row.timeWindow ? { visitOn: row.visitOn, timeWindow: row.timeWindow } : null;

export const isAssigner = (role: string): role is PqrAssigner => role === 'SUPERVISOR' || role === 'COORDINADOR_PQR';

export function activeWorkers(ctx: Ctx): FieldWorkerRow[] {
  return prepared(ctx.sqlite, ACTIVE_WORKERS).all() as FieldWorkerRow[];
}

export function assignmentQueue(ctx: Ctx): QueueRow[] {
  const role = actor(ctx).role;
  const rows = prepared(ctx.sqlite, QUEUE).all({ role, assigner: isAssigner(role) ? 1 : 0, limit: QUEUE_LIMIT }) as Sql<
    Omit<QueueRow, 'requiresFieldReport'> & { requiresFieldReport: number }
  >[];
  return rows.map(({ visitOn, timeWindow, requiresFieldReport, ...row }) => ({
    ...row,
    requiresFieldReport: requiresFieldReport === 1,
    appointment: appointmentOf({ visitOn, timeWindow }),
  }));
}

export function openOrders(ctx: Ctx): OpenOrderRow[] {
  const rows = prepared(ctx.sqlite, OPEN_ORDERS).all() as Sql<
    Omit<OpenOrderRow, 'restoresService' | 'hasMeter'> & { restoresService: number; hasMeter: number }
  >[];
  return rows.map(({ visitOn, timeWindow, restoresService, hasMeter, ...row }) => ({
    ...row,
    restoresService: restoresService === 1,
    hasMeter: hasMeter === 1,
    appointment: appointmentOf({ visitOn, timeWindow }),
  }));
}

/** A report's materials at today's prices (what ALMACÉN's factura will charge). */
export function materialLines(ctx: Ctx, fieldReportId: number, pendingOnly: boolean) {
  const day = today(ctx);
  const rows = prepared(ctx.sqlite, MATERIALS_OF_REPORT).all(fieldReportId) as (Omit<MaterialLine, 'unitPrice'> & {
    id: number;
    invoiceId: number | null;
    invoiceNumber: string | null;
  })[];
  return rows
    .filter((r) => !pendingOnly || r.invoiceId === null)
    .map((r) => ({ ...r, unitPrice: priceOn(ctx, r.productId, day)?.price ?? null }));
}

interface ReportRow extends Omit<FieldReportView, 'done' | 'materials' | 'attachments'> {
  done: number;
}

function reportOf(ctx: Ctx, orderId: number, requestId: number): FieldReportView | null {
  const row = prepared(ctx.sqlite, REPORT_OF_ORDER).get(orderId) as ReportRow | undefined;
  if (!row) return null;
  return {
    ...row,
    done: row.done === 1,
    materials: materialLines(ctx, row.id, false).map(({ productId, code, name, quantity, unitPrice, invoiceNumber }) => ({
      productId,
      code,
      name,
      quantity,
      unitPrice,
      invoiceNumber,
    })),
    attachments: prepared(ctx.sqlite, ATTACHMENTS_OF_REPORT).all(requestId, row.id) as FieldReportView['attachments'],
  };
}

interface OrderRow {
  id: number;
  number: string;
  status: WorkOrderStatus;
  assignedAt: string;
  instructions: string;
  closedAt: string | null;
  voidReason: string | null;
  assignerName: string;
  assignerDocument: string;
  workerId: number;
  workerName: string;
  workerDocument: string;
  workerKind: string;
  workerMobile: string;
  requestId: number;
  filingNumber: string;
  filedAt: string;
  dueOn: string;
  requestStatus: PqrStatus;
  service: Service;
  requestType: string;
  cause: string;
  causeAssignedBy: PqrAssigner;
  restoresService: number;
  observation: string;
  partyId: number;
  subscriberCode: string;
  hasMeter: number;
  meterSerial: string;
  meterBrand: string;
  visitOn: string | null;
  timeWindow: string | null;
}

export function workOrderView(ctx: Ctx, orderId: number): WorkOrderView {
  const o = prepared(ctx.sqlite, ORDER_BY_ID).get(orderId) as OrderRow | undefined;
  if (!o) throw notFound('La orden de trabajo no existe.');
  return {
    number: o.number,
    status: o.status,
    assignedAt: o.assignedAt,
    assignedBy: { fullName: o.assignerName, documentNumber: o.assignerDocument },
    instructions: o.instructions,
    closedAt: o.closedAt,
    voidReason: o.voidReason,
    fieldWorker: {
      id: o.workerId,
      name: o.workerName,
      documentNumber: o.workerDocument,
      kind: o.workerKind,
      mobile: o.workerMobile,
    },
    request: {
      filingNumber: o.filingNumber,
      filedAt: o.filedAt,
      dueOn: o.dueOn,
      status: o.requestStatus,
      service: o.service,
      requestType: o.requestType,
      cause: o.cause,
      assignedBy: o.causeAssignedBy,
      restoresService: o.restoresService === 1,
      observation: o.observation,
    },
    subscriber: {
      ...getByCode(ctx, o.subscriberCode),
      meter: { hasMeter: o.hasMeter === 1, serial: o.meterSerial, brand: o.meterBrand },
    },
    party: getPartyRow(ctx, o.partyId),
    appointment: appointmentOf(o),
    report: reportOf(ctx, o.id, o.requestId),
  };
}

export function workOrderByNumber(ctx: Ctx, number: string): WorkOrderView {
  const row = prepared(ctx.sqlite, ORDER_ID_BY_NUMBER).get(number) as { id: number } | undefined;
  if (!row) throw notFound(`No existe la orden de trabajo ${number}.`);
  return workOrderView(ctx, row.id);
}
