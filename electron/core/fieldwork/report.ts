import { attachments, fieldReportMaterials, fieldReports } from '../../../db/schema';
import type { SubscriberStatus } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { moveSubscriber } from '../padron/lifecycle';
import { actor, nowIso, today } from '../context';
import type { FieldReportInput, ReportResult } from '../contract/fieldwork.contract';
import { invalidField, ruleBroken } from '../errors';
import { moveRequest } from '../pqr/moves';
import { getProduct } from '../products/products.service';
import { prepared } from '../statements';
import { ATTACHMENTS_OF_REQUEST } from './fieldwork.queries';
import { workOrderView } from './fieldwork.views';
import { archivePhotos, checkPhotos, discardPhotos } from './photos';
import { openOrderOf, requireAssigner, workRequest, type OpenOrder, type WorkRequest } from './work-request';

type Report = Required<Pick<FieldReportInput, 'visitedOn' | 'materials'>>;

function checkReport(ctx: Ctx, request: WorkRequest, input: Report): void {
  if (input.visitedOn > today(ctx)) throw invalidField('visitedOn', 'Fecha de la visita: no puede ser posterior a hoy');
  if (input.visitedOn < request.filedOn) {
    throw invalidField('visitedOn', `Fecha de la visita: no puede ser anterior a la radicación del trámite (${request.filedOn})`);
  }
  input.materials.forEach((line, i) => {
    const product = getProduct(ctx, line.productId);
    if (!product.active) throw invalidField(`materials.${i}.productId`, `Materiales: ${product.name} está inactivo`);
  });
}

/**
 * A reconnection done in the field: the subscriber is ACTIVO again (seed 001, the end of the
 * procedure), a move of the padrón's lifecycle ordered by the work order, from the day of the visit.
 */
function restoreService(ctx: Ctx, request: WorkRequest, order: OpenOrder, visitedOn: string): void {
  const row = prepared(ctx.sqlite, 'SELECT status FROM subscribers WHERE id = ?').get(request.subscriberId) as {
    status: SubscriberStatus;
  };
  if (row.status !== 'SUSPENDIDO' && row.status !== 'CORTADO') return;
  const last = prepared(ctx.sqlite, 'SELECT max(effective_on) AS on_ FROM subscriber_status_changes WHERE subscriber_id = ?').get(
    request.subscriberId,
  ) as { on_: string | null };
  moveSubscriber(ctx, request.subscriberId, {
    to: 'ACTIVO',
    effectiveOn: last.on_ && last.on_ > visitedOn ? last.on_ : visitedOn,
    reason: `Reconexión realizada: trámite ${request.filingNumber}`,
    document: order.number,
  });
}

/** Where the trámite goes: INFORME, then CERRADO when its causal closes with the report; RADICADO when not done. */
function moveAfterReport(ctx: Ctx, request: WorkRequest, order: OpenOrder, done: boolean, visitedOn: string): void {
  if (!done) {
    moveRequest(
      ctx,
      request.id,
      'RADICADO',
      `Informe de la orden ${order.number}: no se realizó; vuelve a la cola para asignarlo de nuevo`,
    );
    return;
  }
  moveRequest(ctx, request.id, 'INFORME', `Informe de la orden ${order.number}: trabajo realizado`);
  if (request.restoresService) restoreService(ctx, request, order, visitedOn);
  if (request.closesWithReport)
    moveRequest(ctx, request.id, 'CERRADO', `Cerrado con el informe de terreno de la orden ${order.number}`);
  prepared(ctx.sqlite, `UPDATE visit_appointments SET status = 'REALIZADA' WHERE request_id = ? AND status = 'ACTIVA'`).run(
    request.id,
  );
}

/**
 * Registrar informe (seeds 001 step 34, 002 step 15): the report the field worker brought,
 * typed in by whoever assigned the trámite. The order is closed; materials wait for ALMACÉN;
 * photos are archived last, so nothing is written when anything is refused.
 */
export function recordFieldReport(ctx: Ctx, input: FieldReportInput): ReportResult {
  const request = workRequest(ctx, input.filingNumber);
  requireAssigner(ctx, request, 'registrar el informe de');
  const order = openOrderOf(ctx, request.id);
  if (!order) {
    throw ruleBroken(
      `El trámite ${request.filingNumber} no está asignado a un contratista: asígnelo y entregue la orden de trabajo antes de registrar el informe.`,
      'filingNumber',
    );
  }
  if (request.status === 'EN_ESPERA') {
    throw ruleBroken(
      `El trámite ${request.filingNumber} está en espera del usuario: reanúdelo antes de registrar el informe.`,
      'filingNumber',
    );
  }
  const materials = input.materials ?? [];
  const done = input.done;
  checkReport(ctx, request, { visitedOn: input.visitedOn, materials });
  const photos = checkPhotos(ctx, input.photos ?? []);

  const now = nowIso(ctx);
  prepared(ctx.sqlite, `UPDATE work_orders SET status = 'CERRADA', closed_at = ? WHERE id = ?`).run(now, order.id);
  const report = ctx.db
    .insert(fieldReports)
    .values({
      workOrderId: order.id,
      visitedOn: input.visitedOn,
      findings: input.findings,
      actions: input.actions,
      meterReading: input.meterReading ?? null,
      done,
      recordedAt: now,
      recordedBy: actor(ctx).id,
    })
    .returning({ id: fieldReports.id })
    .get();
  if (materials.length > 0) {
    ctx.db
      .insert(fieldReportMaterials)
      .values(materials.map((m) => ({ fieldReportId: report.id, productId: m.productId, quantity: m.quantity })))
      .run();
  }
  moveAfterReport(ctx, request, order, done, input.visitedOn);

  const earlier = (prepared(ctx.sqlite, ATTACHMENTS_OF_REQUEST).get(request.id) as { n: number }).n;
  const archived = archivePhotos(ctx, { filingNumber: request.filingNumber, date: today(ctx), first: earlier + 1 }, photos);
  try {
    for (const photo of archived) {
      ctx.db
        .insert(attachments)
        .values({
          requestId: request.id,
          fieldReportId: report.id,
          fileName: photo.fileName,
          mimeType: photo.mimeType,
          bytes: photo.data.length,
          sha256: photo.sha256,
          archivePath: photo.archivePath,
          createdAt: now,
          createdBy: actor(ctx).id,
        })
        .run();
    }
  } catch (error) {
    discardPhotos(archived);
    throw error;
  }
  ctx.audit({
    recordType: 'field_report',
    recordId: order.number,
    after: {
      filingNumber: request.filingNumber,
      visitedOn: input.visitedOn,
      done,
      meterReading: input.meterReading ?? null,
      materials,
      photos: archived.map((p) => ({ fileName: p.fileName, bytes: p.data.length, sha256: p.sha256, archivePath: p.archivePath })),
    },
  });
  const view = workOrderView(ctx, order.id);
  return { order: view, requestStatus: view.request.status, subscriberStatus: view.subscriber.status };
}
