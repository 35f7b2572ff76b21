import type { AgreementStatus } from '../../../db/schema/enums';

/** Two installments overdue and unpaid make an agreement INCUMPLIDA (SPEC §3.1, issue rule). */
export const OVERDUE_INSTALLMENTS_FOR_BREACH = 2;

/** An agreement's state, derived from its installments on a date; never typed by anyone. */
export function agreementStatus(
  voided: boolean,
  installments: readonly { dueOn: string; outstanding: number }[],
  today: string,
): AgreementStatus {
  if (voided) return 'ANULADA';
  if (installments.every((i) => i.outstanding === 0)) return 'CUMPLIDA';
  const overdue = installments.filter((i) => i.outstanding > 0 && i.dueOn < today).length;
  return overdue >= OVERDUE_INSTALLMENTS_FOR_BREACH ? 'INCUMPLIDA' : 'VIGENTE';
}
