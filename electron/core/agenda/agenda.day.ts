import { isBusinessDay, nextBusinessDay, previousBusinessDay } from '../calendar/business-days';
import { holidayNameOf, holidaysOf } from '../calendar/holidays';
import type { Ctx } from '../context';
import type { AgendaDay, DayVisit } from '../contract/agenda.contract';
import { prepared } from '../statements';
import { TAKING, agendaConfig } from './slots';

/**
 * The visits of a day with what the field worker needs at the door. The field worker is the
 * one of the trámite's open work order; a visit not yet assigned is listed without one.
 */
const DAY = `SELECT a.id AS appointmentId, r.filing_number AS filingNumber, a.time_window AS timeWindow, a.status,
    s.code AS subscriberCode, trim(o.names || ' ' || o.surnames) AS name, s.address, s.neighborhood, rt.code AS routeCode,
    coalesce(nullif(p.mobile, ''), o.mobile) AS mobile, r.service, c.name AS cause, r.status AS requestStatus,
    u.full_name AS asesor, w.number AS workOrderNumber,
    f.id AS workerId, f.name AS workerName, f.document_number AS workerDocument, f.mobile AS workerMobile
  FROM visit_appointments a
  JOIN pqr_requests r ON r.id = a.request_id
  JOIN subscribers s ON s.id = r.subscriber_id
  JOIN routes rt ON rt.id = s.route_id
  JOIN parties o ON o.id = s.owner_party_id
  JOIN parties p ON p.id = r.party_id
  JOIN causes c ON c.id = r.cause_id
  JOIN users u ON u.id = a.asesor_id
  LEFT JOIN work_orders w ON w.request_id = r.id AND w.status = 'ABIERTA'
  LEFT JOIN field_workers f ON f.id = w.field_worker_id
  WHERE a.visit_on = ? AND a.status IN ${TAKING}
  ORDER BY f.id IS NULL, f.name, f.id, rt.code, a.time_window, r.filing_number`;

interface DayRow extends DayVisit {
  workerId: number | null;
  workerName: string | null;
  workerDocument: string | null;
  workerMobile: string | null;
}

export function agendaDayOf(ctx: Ctx, date: string): AgendaDay {
  const config = agendaConfig(ctx);
  const holidays = holidaysOf(ctx);
  const rows = prepared(ctx.sqlite, DAY).all(date) as DayRow[];
  const groups: AgendaDay['groups'] = [];
  for (const { workerId, workerName, workerDocument, workerMobile, ...visit } of rows) {
    let group = groups.at(-1);
    if (!group || (group.fieldWorker?.id ?? null) !== workerId) {
      const fieldWorker =
        workerId === null ? null : { id: workerId, name: workerName!, documentNumber: workerDocument!, mobile: workerMobile! };
      groups.push((group = { fieldWorker, visits: [] }));
    }
    group.visits.push(visit);
  }
  return {
    date,
    businessDay: isBusinessDay(date, holidays),
    holiday: holidayNameOf(ctx, date),
    previousBusinessDay: previousBusinessDay(date, holidays),
    nextBusinessDay: nextBusinessDay(date, holidays),
    windows: config.windows,
    capacity: config.capacity,
    groups,
  };
}
