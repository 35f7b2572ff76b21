import type { Ctx } from '../context';
import { actor, nowIso, today } from '../context';
import { STATEMENT_MOVEMENTS, type StatementView } from '../contract/statements.contract';
import { owedItems } from '../coupons/coupons.service';
import { invalidField, notFound } from '../errors';
import { balanceOf, movementsOf, overdueOf } from '../ledger/ledger.service';
import { getPartyRow } from '../parties/parties.service';
import { nextNumber } from '../sequences/sequences';
import { prepared } from '../statements';
import { getByCode } from '../subscribers/subscribers.service';

export interface IssueStatement {
  requestKey: string;
  subscriberCode: string;
  partyId?: number;
  capacity: 'TITULAR' | 'CARTA_PODER';
  powerNote: string;
}

/**
 * Estado de cuenta (seed 004): only the titular, or someone presenting a carta poder, which is
 * recorded with the statement. Numbered; the same request key returns the first one.
 */
export function issueStatement(ctx: Ctx, input: IssueStatement): StatementView {
  const earlier = prepared(ctx.sqlite, 'SELECT number FROM account_statements WHERE request_key = ?').get(input.requestKey) as
    { number: string } | undefined;
  if (earlier) return statementByNumber(ctx, earlier.number);
  const subscriber = getByCode(ctx, input.subscriberCode);
  const party = getPartyRow(ctx, input.partyId!);
  if (input.capacity === 'TITULAR' && party.documentNumber !== subscriber.ownerDocument) {
    throw invalidField(
      'capacity',
      `Calidad: ${party.fullName} no es el titular (${subscriber.ownerName}); registre la carta poder`,
    );
  }
  const { number } = nextNumber(ctx, 'ESTADO_CUENTA');
  prepared(
    ctx.sqlite,
    `INSERT INTO account_statements (number, subscriber_id, party_id, capacity, power_note, balance, created_at, created_by, request_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    number,
    subscriber.id,
    party.id,
    input.capacity,
    input.capacity === 'CARTA_PODER' ? input.powerNote : '',
    balanceOf(ctx, subscriber.id),
    nowIso(ctx),
    actor(ctx).id,
    input.requestKey,
  );
  ctx.audit({ recordType: 'account_statement', recordId: number, after: input });
  return statementByNumber(ctx, number);
}

interface StatementRow {
  number: string;
  code: string;
  partyId: number;
  capacity: StatementView['capacity'];
  powerNote: string;
  issuedAt: string;
  asesorName: string;
  asesorDocument: string;
}

/** The statement as printed: the ledger is immutable, so today's view of it is the same. */
export function statementByNumber(ctx: Ctx, number: string): StatementView {
  const row = prepared(
    ctx.sqlite,
    `SELECT a.number, s.code, a.party_id AS partyId, a.capacity, a.power_note AS powerNote, a.created_at AS issuedAt,
       u.full_name AS asesorName, u.document_number AS asesorDocument
     FROM account_statements a JOIN subscribers s ON s.id = a.subscriber_id JOIN users u ON u.id = a.created_by
     WHERE a.number = ?`,
  ).get(number) as StatementRow | undefined;
  if (!row) throw notFound(`No existe el estado de cuenta ${number}.`);
  const subscriber = getByCode(ctx, row.code);
  return {
    number: row.number,
    subscriber,
    party: getPartyRow(ctx, row.partyId),
    capacity: row.capacity,
    powerNote: row.powerNote,
    issuedAt: row.issuedAt,
    asesor: { fullName: row.asesorName, documentNumber: row.asesorDocument },
    balance: balanceOf(ctx, subscriber.id),
    overdue: overdueOf(ctx, subscriber.id, today(ctx)),
    owed: owedItems(ctx, subscriber.id),
    movements: movementsOf(ctx, subscriber.id, STATEMENT_MOVEMENTS).movements,
  };
}
