import type { Ctx } from '../context';
import type { CauseRow } from '../contract/pqr.contract';
import { notFound } from '../errors';
import { prepared } from '../statements';

const CAUSE_COLUMNS = `id, service, name, sui_group AS suiGroup, sui_code AS suiCode, gate_product_code AS gateProductCode,
  needs_appointment AS needsAppointment, requires_field_report AS requiresFieldReport,
  closes_with_report AS closesWithReport, restores_service AS restoresService, assigned_by AS assignedBy,
  term_days AS termDays, term_hours AS termHours, requires_account_current AS requiresAccountCurrent, outcome`;

type RawCause = Omit<
  CauseRow,
  'needsAppointment' | 'requiresFieldReport' | 'closesWithReport' | 'restoresService' | 'requiresAccountCurrent'
> & {
  requiresAccountCurrent: number;
  needsAppointment: number;
  requiresFieldReport: number;
  closesWithReport: number;
  restoresService: number;
};

const toCause = (r: RawCause): CauseRow => ({
  ...r,
  needsAppointment: r.needsAppointment === 1,
  requiresFieldReport: r.requiresFieldReport === 1,
  closesWithReport: r.closesWithReport === 1,
  restoresService: r.restoresService === 1,
  requiresAccountCurrent: r.requiresAccountCurrent === 1,
});

export function causeById(ctx: Ctx, id: number): CauseRow & { active: boolean } {
  const row = prepared(ctx.sqlite, `SELECT ${CAUSE_COLUMNS}, active FROM causes WHERE id = ?`).get(id) as
    (RawCause & { active: number }) | undefined;
  if (!row) throw notFound('La causal no existe.');
  return { ...toCause(row), active: row.active === 1 };
}

/** The lists of the PQR → TRÁMITE form: active entries only, in the order people read them. */
export function pqrCatalog(ctx: Ctx) {
  const all = (sql: string) => ctx.sqlite.prepare(sql).all();
  return {
    zones: all('SELECT id, name FROM zones WHERE active = 1 ORDER BY name') as { id: number; name: string }[],
    channels: all('SELECT id, name FROM channels WHERE active = 1 ORDER BY id') as { id: number; name: string }[],
    requestTypes: all('SELECT id, name, response_days AS responseDays FROM request_types WHERE active = 1 ORDER BY id') as {
      id: number;
      name: string;
      responseDays: number;
    }[],
    causes: (all(`SELECT ${CAUSE_COLUMNS} FROM causes WHERE active = 1 ORDER BY service, name`) as RawCause[]).map(toCause),
  };
}
