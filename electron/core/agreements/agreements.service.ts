import { asc, eq } from 'drizzle-orm';
import { agreementInstallments, invoices, paymentAgreements, subscribers, users } from '../../../db/schema';
import type { Ctx } from '../context';
import { actor, nowIso, today } from '../context';
import type { AgreementTerms, AgreementView } from '../contract/agreements.contract';
import { AppError, invalidField, notFound } from '../errors';
import { applyToCharge, chargeOf, openCharges, postCharge } from '../ledger/postings';
import { getByCode } from '../subscribers/subscribers.service';
import { officeText } from '../office/office-format';
import { nextNumber } from '../sequences/sequences';
import { getSetting } from '../settings/settings';
import { agreementStatus } from './agreement-status';
import { MIN_INSTALLMENT, frenchSchedule } from './schedule';

/** The schedule for some terms, checked against the office's limits; nothing is saved. */
export function previewSchedule(ctx: Ctx, debt: number, terms: AgreementTerms) {
  const minPct = getSetting(ctx.db, 'agreement.minDownPaymentPct');
  const minDownPayment = Math.ceil((debt * minPct) / 100);
  const maxInstallments = getSetting(ctx.db, 'agreement.maxInstallments');
  if (terms.downPayment < minDownPayment) {
    throw invalidField(
      'downPayment',
      `Cuota inicial: mínimo ${minPct} % de la deuda (${officeText(ctx.db).money(minDownPayment)})`,
    );
  }
  if (terms.downPayment >= debt)
    throw invalidField('downPayment', 'Cuota inicial: debe ser menor que la deuda; si paga todo, use CONTADO');
  if (terms.installments > maxInstallments) throw invalidField('installments', `Número de cuotas: máximo ${maxInstallments}`);
  const financed = debt - terms.downPayment;
  if (financed < terms.installments * MIN_INSTALLMENT) {
    throw invalidField(
      'installments',
      `Número de cuotas: con ${officeText(ctx.db).money(financed)} financiados, máximo ${Math.max(1, Math.floor(financed / MIN_INSTALLMENT))} cuotas`,
    );
  }
  if (terms.firstDueOn <= today(ctx)) throw invalidField('firstDueOn', 'Primera cuota: la fecha debe ser posterior a hoy');
  const monthlyRateBp = getSetting(ctx.db, 'agreement.monthlyRateBp');
  const installments = frenchSchedule(financed, terms.installments, monthlyRateBp, terms.firstDueOn);
  return {
    debt,
    downPayment: terms.downPayment,
    minDownPayment,
    financed,
    monthlyRateBp,
    totalInterest: installments.reduce((t, i) => t + i.interest, 0),
    installments,
  };
}

/**
 * Signs an agreement: the financed part leaves the given charges, newest first (the oldest
 * keep the down payment, to be paid now), and each installment becomes a charge due on its date.
 */
export function signAgreement(
  ctx: Ctx,
  input: AgreementTerms & {
    requestKey: string;
    subscriberId: number;
    partyId: number;
    chargeIds: number[];
    invoiceId: number | null;
  },
): number {
  const charges = input.chargeIds.map((id) => chargeOf(ctx, id)).filter((c) => c.outstanding > 0);
  const debt = charges.reduce((t, c) => t + c.outstanding, 0);
  if (debt <= 0) throw new AppError('RULE', 'El suscriptor no tiene deuda para financiar.');
  const plan = previewSchedule(ctx, debt, input);
  const { number } = nextNumber(ctx, 'ACUERDO');
  const agreement = ctx.db
    .insert(paymentAgreements)
    .values({
      number,
      subscriberId: input.subscriberId,
      partyId: input.partyId,
      origin: input.invoiceId ? 'FACTURA' : 'DEUDA',
      invoiceId: input.invoiceId,
      debt,
      downPayment: plan.downPayment,
      financed: plan.financed,
      installmentCount: plan.installments.length,
      monthlyRateBp: plan.monthlyRateBp,
      firstDueOn: input.firstDueOn,
      createdAt: nowIso(ctx),
      createdBy: actor(ctx).id,
      requestKey: input.requestKey,
    })
    .returning({ id: paymentAgreements.id })
    .get();

  let toMove = plan.financed;
  for (const charge of [...charges].reverse()) {
    if (toMove === 0) break;
    const moved = Math.min(toMove, charge.outstanding);
    applyToCharge(ctx, {
      chargeId: charge.id,
      kind: 'FINANCED',
      amount: moved,
      concept: `Financiado en el acuerdo ${number}`,
      source: 'AGREEMENT',
      sourceId: agreement.id,
    });
    toMove -= moved;
  }
  for (const i of plan.installments) {
    const chargeEntryId = postCharge(ctx, {
      subscriberId: input.subscriberId,
      amount: i.amount,
      concept: `Cuota ${i.n}/${plan.installments.length} del acuerdo ${number}`,
      source: 'INSTALLMENT',
      sourceId: agreement.id,
      dueOn: i.dueOn,
    });
    ctx.db
      .insert(agreementInstallments)
      .values({
        agreementId: agreement.id,
        n: i.n,
        dueOn: i.dueOn,
        principal: i.principal,
        interest: i.interest,
        amount: i.amount,
        chargeEntryId,
      })
      .run();
  }
  ctx.audit({
    recordType: 'agreement',
    recordId: number,
    after: { ...input, debt, financed: plan.financed, monthlyRateBp: plan.monthlyRateBp },
  });
  return agreement.id;
}

/** Arreglo de deuda: everything the subscriber owes today goes into the agreement. */
/** What an arreglo de deuda takes: every open debt except installments of earlier agreements. */
export function financeableCharges(ctx: Ctx, subscriberId: number) {
  return openCharges(ctx, subscriberId).filter((c) => c.sourceType !== 'INSTALLMENT');
}

export function debtToFinance(ctx: Ctx, code: string): { debt: number; charges: number } {
  const charges = financeableCharges(ctx, getByCode(ctx, code).id);
  return { debt: charges.reduce((t, c) => t + c.outstanding, 0), charges: charges.length };
}

export function agreementForDebt(
  ctx: Ctx,
  input: AgreementTerms & { requestKey: string; subscriberCode: string; partyId: number },
): AgreementView {
  const earlier = ctx.db
    .select({ id: paymentAgreements.id })
    .from(paymentAgreements)
    .where(eq(paymentAgreements.requestKey, input.requestKey))
    .get();
  if (earlier) return agreementView(ctx, earlier.id);
  const subscriber = getByCode(ctx, input.subscriberCode);
  const charges = financeableCharges(ctx, subscriber.id);
  const id = signAgreement(ctx, { ...input, subscriberId: subscriber.id, chargeIds: charges.map((c) => c.id), invoiceId: null });
  return agreementView(ctx, id);
}

export function agreementView(ctx: Ctx, id: number): AgreementView {
  const a = ctx.db.select().from(paymentAgreements).where(eq(paymentAgreements.id, id)).get();
  if (!a) throw notFound('El acuerdo de pago no existe.');
  const day = today(ctx);
  let balance = a.financed;
  const installments = ctx.db
    .select()
    .from(agreementInstallments)
    .where(eq(agreementInstallments.agreementId, id))
    .orderBy(asc(agreementInstallments.n))
    .all()
    .map((i) => {
      balance -= i.principal;
      const outstanding = chargeOf(ctx, i.chargeEntryId).outstanding;
      return {
        n: i.n,
        dueOn: i.dueOn,
        principal: i.principal,
        interest: i.interest,
        amount: i.amount,
        balanceAfter: balance,
        outstanding,
        overdue: outstanding > 0 && i.dueOn < day,
      };
    });
  const code = ctx.db.select({ code: subscribers.code }).from(subscribers).where(eq(subscribers.id, a.subscriberId)).get()!.code;
  const invoice = a.invoiceId
    ? ctx.db.select({ number: invoices.number }).from(invoices).where(eq(invoices.id, a.invoiceId)).get()
    : undefined;
  const asesor = ctx.db
    .select({ fullName: users.fullName, documentNumber: users.documentNumber })
    .from(users)
    .where(eq(users.id, a.createdBy))
    .get()!;
  return {
    id: a.id,
    number: a.number,
    origin: a.origin,
    asesor,
    status: agreementStatus(a.voided, installments, day),
    subscriberCode: code,
    partyId: a.partyId,
    invoiceNumber: invoice?.number ?? null,
    debt: a.debt,
    downPayment: a.downPayment,
    financed: a.financed,
    monthlyRateBp: a.monthlyRateBp,
    totalInterest: installments.reduce((t, i) => t + i.interest, 0),
    createdAt: a.createdAt,
    installments,
  };
}

export function agreementByNumber(ctx: Ctx, number: string): AgreementView {
  const a = ctx.db.select({ id: paymentAgreements.id }).from(paymentAgreements).where(eq(paymentAgreements.number, number)).get();
  if (!a) throw notFound(`No existe el acuerdo de pago ${number}.`);
  return agreementView(ctx, a.id);
}

export function agreementsOf(ctx: Ctx, code: string): AgreementView[] {
  const subscriber = getByCode(ctx, code);
  return ctx.db
    .select({ id: paymentAgreements.id })
    .from(paymentAgreements)
    .where(eq(paymentAgreements.subscriberId, subscriber.id))
    .orderBy(asc(paymentAgreements.id))
    .all()
    .map((a) => agreementView(ctx, a.id));
}

/**
 * Voids the agreement of a CRÉDITO factura being voided, when none of its installments was
 * paid: the installment charges are reversed. The factura's own void reverses the rest, so
 * the account ends as it was before the factura.
 */
export function voidAgreementOfInvoice(ctx: Ctx, id: number, reason: string): void {
  const view = agreementView(ctx, id);
  if (view.installments.some((i) => i.outstanding < i.amount)) {
    throw new AppError('RULE', `El acuerdo ${view.number} ya tiene cuotas pagadas: no se puede anular.`);
  }
  const rows = ctx.db.select().from(agreementInstallments).where(eq(agreementInstallments.agreementId, id)).all();
  for (const i of rows) {
    applyToCharge(ctx, {
      chargeId: i.chargeEntryId,
      kind: 'REVERSAL',
      amount: i.amount,
      concept: `Anulación del acuerdo ${view.number}: ${reason}`,
      source: 'AGREEMENT',
      sourceId: id,
    });
  }
  ctx.db.update(paymentAgreements).set({ voided: true }).where(eq(paymentAgreements.id, id)).run();
}
