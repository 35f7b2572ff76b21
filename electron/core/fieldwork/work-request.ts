import type { PqrAssigner, PqrStatus } from '../../../db/schema/enums';
import type { Ctx } from '../context';
import { actor } from '../context';
import { AppError, notFound } from '../errors';
import { prepared } from '../statements';
import { OPEN_ORDER_OF_REQUEST, REQUEST_FOR_WORK } from './fieldwork.queries';

/** A trámite as field work sees it: its state and what its causal says about field work. */
export interface WorkRequest {
  id: number;
  filingNumber: string;
  status: PqrStatus;
  filedOn: string;
  subscriberId: number;
  partyId: number;
  cause: string;
  assignedBy: PqrAssigner;
  closesWithReport: boolean;
  restoresService: boolean;
}

export interface OpenOrder {
  id: number;
  number: string;
  fieldWorkerId: number;
}

/** Seeds 001 step 33 and 002 step 14: who assigns a causal's field work, as the office says it. */
export const ASSIGNER_LABEL: Record<PqrAssigner, string> = {
  SUPERVISOR: 'el supervisor de matrícula (rol SUPERVISOR)',
  COORDINADOR_PQR: 'el coordinador de PQR (rol COORDINADOR_PQR)',
};

export function workRequest(ctx: Ctx, filingNumber: string): WorkRequest {
  const row = prepared(ctx.sqlite, REQUEST_FOR_WORK).get(filingNumber) as
    | (Omit<WorkRequest, 'closesWithReport' | 'restoresService'> & { closesWithReport: number; restoresService: number })
    | undefined;
  if (!row) throw notFound(`No existe el trámite con radicado ${filingNumber}.`);
  return { ...row, closesWithReport: row.closesWithReport === 1, restoresService: row.restoresService === 1 };
}

export function openOrderOf(ctx: Ctx, requestId: number): OpenOrder | undefined {
  return prepared(ctx.sqlite, OPEN_ORDER_OF_REQUEST).get(requestId) as OpenOrder | undefined;
}

/**
 * Only the role the causal names assigns its field work and types its report in; the
 * procedure's roles let both assigners through, this names the one that may.
 */
export function requireAssigner(ctx: Ctx, request: WorkRequest, what: 'asignar' | 'registrar el informe de'): void {
  if (actor(ctx).role === request.assignedBy) return;
  throw new AppError(
    'FORBIDDEN',
    `Los trámites de ${request.cause} los asigna y recibe su informe ${ASSIGNER_LABEL[request.assignedBy]}: su rol no puede ${what} ${request.filingNumber}.`,
  );
}
