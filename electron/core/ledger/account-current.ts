import type { Ctx } from '../context';
import { today } from '../context';
import { ruleBroken } from '../errors';
import { officeText } from '../office/office-format';
import { openCharges } from './postings';

/** What an account owes past its due dates today: nothing, for an account al corriente. */
export interface AccountStanding {
  /** Al corriente: no charge fell due before today with something still owed. */
  current: boolean;
  /** What is still owed on charges due before today. */
  overdue: number;
  /** The oldest due date among them; null when al corriente. */
  oldestDueOn: string | null;
}

/**
 * Seed 004's "cuenta al corriente", the one rule for every trámite that asks for it (certificado
 * de no adeudo, cambio de nombre, cancelación de toma): nothing overdue on the ledger today. A
 * charge due today or later (the fee's own factura, an installment not yet due) does not count;
 * an agreement's overdue installment does.
 */
export function accountStanding(ctx: Ctx, subscriberId: number): AccountStanding {
  const day = today(ctx);
  const overdue = openCharges(ctx, subscriberId).filter((c) => c.dueOn !== null && c.dueOn < day);
  return {
    current: overdue.length === 0,
    overdue: overdue.reduce((t, c) => t + c.outstanding, 0),
    // openCharges come oldest debt first.
    oldestDueOn: overdue[0]?.dueOn ?? null,
  };
}

/** The Spanish sentence of what an account owes, for the counter's screen. */
export function owedSentence(ctx: Ctx, code: string, standing: AccountStanding): string {
  const text = officeText(ctx.db);
  return (
    `La cuenta ${code} no está al corriente: debe ${text.money(standing.overdue)} vencidos desde el ` +
    `${text.date(standing.oldestDueOn ?? '')}. Debe pagarlos (o acordar su pago en RECAUDO) antes de este trámite.`
  );
}

/** Refuses (nothing changes) when the account owes anything overdue, saying how much and since when. */
export function requireAccountCurrent(ctx: Ctx, subscriber: { id: number; code: string }, field = 'subscriberCode'): void {
  const standing = accountStanding(ctx, subscriber.id);
  if (!standing.current) throw ruleBroken(owedSentence(ctx, subscriber.code, standing), field);
}
