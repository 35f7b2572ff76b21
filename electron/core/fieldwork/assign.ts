import { workOrders } from '../../../db/schema';
import type { Ctx } from '../context';
import { actor, nowIso } from '../context';
import type { AssignInput, WorkOrderView } from '../contract/fieldwork.contract';
import { invalidField, ruleBroken } from '../errors';
import { moveRequest, recordEvent } from '../pqr/moves';
import { nextNumber } from '../sequences/sequences';
import { prepared } from '../statements';
import { WORKER_BY_ID } from './fieldwork.queries';
import { workOrderView } from './fieldwork.views';
import { openOrderOf, requireAssigner, workRequest, type OpenOrder, type WorkRequest } from './work-request';

const MIN_REASON = 10;

function activeWorker(ctx: Ctx, id: number): { id: number; name: string } {
  const worker = prepared(ctx.sqlite, WORKER_BY_ID).get(id) as { id: number; name: string; active: number } | undefined;
  if (!worker) throw invalidField('fieldWorkerId', 'Contratista: no existe; elija uno de la lista');
  if (worker.active !== 1) throw invalidField('fieldWorkerId', `Contratista: ${worker.name} está inactivo; elija otro`);
  return worker;
}

/** The order in the field is voided (ANULADA) with who and why before another one replaces it. */
function voidForReassignment(ctx: Ctx, request: WorkRequest, open: OpenOrder, workerId: number, reason: string | undefined) {
  if (open.fieldWorkerId === workerId) {
    throw invalidField('fieldWorkerId', `Contratista: la orden ${open.number} ya está asignada a este contratista`);
  }
  const why = reason?.trim() ?? '';
  if (why.length < MIN_REASON) {
    throw invalidField(
      'reason',
      `Motivo de la reasignación: el trámite ${request.filingNumber} ya tiene la orden ${open.number} abierta; explique en al menos ${MIN_REASON} caracteres por qué se reasigna`,
    );
  }
  prepared(
    ctx.sqlite,
    `UPDATE work_orders SET status = 'ANULADA', closed_at = ?, voided_by = ?, void_reason = ? WHERE id = ? AND status = 'ABIERTA'`,
  ).run(nowIso(ctx), actor(ctx).id, why, open.id);
  ctx.audit({
    recordType: 'work_order',
    recordId: open.number,
    before: { status: 'ABIERTA' },
    after: { status: 'ANULADA', reason: why },
  });
  return why;
}

/**
 * ASIGNAR (seeds 001 step 33, 002 step 14): a numbered work order for a field worker; the
 * trámite goes to ASIGNADO. A trámite already in the field is reassigned: its open order is
 * voided with the reason and a new one is numbered.
 */
export function assignFieldWork(ctx: Ctx, input: AssignInput): WorkOrderView {
  const request = workRequest(ctx, input.filingNumber);
  requireAssigner(ctx, request, 'asignar');
  if (request.status === 'CERRADO')
    throw ruleBroken(`El trámite ${request.filingNumber} está cerrado: no se asigna.`, 'filingNumber');
  if (request.status === 'EN_ESPERA') {
    throw ruleBroken(
      `El trámite ${request.filingNumber} está en espera del usuario: reanúdelo antes de asignarlo a un contratista.`,
      'filingNumber',
    );
  }
  const worker = activeWorker(ctx, input.fieldWorkerId!);
  const open = openOrderOf(ctx, request.id);
  const reason = open ? voidForReassignment(ctx, request, open, worker.id, input.reason) : null;
  const { number } = nextNumber(ctx, 'ORDEN_TRABAJO');
  if (open) {
    recordEvent(
      ctx,
      request.id,
      request.status,
      request.status,
      `Reasignado a ${worker.name} con la orden ${number}; la orden ${open.number} se anuló: ${reason}`,
    );
  } else {
    moveRequest(ctx, request.id, 'ASIGNADO', `Orden de trabajo ${number} a ${worker.name}`);
  }
  const order = ctx.db
    .insert(workOrders)
    .values({
      number,
      requestId: request.id,
      fieldWorkerId: worker.id,
      status: 'ABIERTA',
      instructions: input.instructions,
      assignedAt: nowIso(ctx),
      assignedBy: actor(ctx).id,
    })
    .returning({ id: workOrders.id })
    .get();
  ctx.audit({
    recordType: 'work_order',
    recordId: number,
    after: {
      filingNumber: request.filingNumber,
      fieldWorker: worker.name,
      instructions: input.instructions,
      replaces: open?.number,
    },
  });
  return workOrderView(ctx, order.id);
}
