import { prepared } from '../../statements';
import { differentMoney, postImportedCharge, subscriberIdOf } from './account';
import { defineKind } from './kind';

interface BalanceValue {
  code: string;
  concept: string;
  period: string;
  amount: number;
  dueOn: string;
}

const STORED = 'SELECT amount, due_on AS dueOn FROM imported_balances WHERE subscriber_id = ? AND concept = ? AND period = ?';

/** Cartera: an open balance per subscriber, concept and period, posted as a charge. */
export const cartera = defineKind<BalanceValue>({
  read(cells) {
    const amount = cells.whole('valor', 'un valor en pesos')!;
    if (amount === 0) cells.refuse('valor', 'un saldo de 0 no es una deuda; quite la fila');
    return {
      code: cells.text('codigo', 12, true),
      concept: cells.text('concepto', 80, true).toUpperCase(),
      period: cells.period('periodo'),
      amount,
      dueOn: cells.date('vencimiento'),
    };
  },
  key: (b) => `${b.code} ${b.concept} ${b.period}`,
  classify(ctx, b) {
    const stored = prepared(ctx.sqlite, STORED).get(subscriberIdOf(ctx, b.code), b.concept, b.period) as
      { amount: number; dueOn: string } | undefined;
    if (!stored) return 'NEW';
    if (stored.amount !== b.amount || stored.dueOn !== b.dueOn)
      throw differentMoney('valor', `El saldo de ${b.concept} ${b.period}`);
    return 'UNCHANGED';
  },
  apply(ctx, b, _status, source) {
    const subscriberId = subscriberIdOf(ctx, b.code);
    const row = prepared(
      ctx.sqlite,
      `INSERT INTO imported_balances (subscriber_id, concept, period, amount, due_on, file_name, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(subscriberId, b.concept, b.period, b.amount, b.dueOn, source.fileName, source.now) as { id: number };
    postImportedCharge(ctx, source, {
      subscriberId,
      on: `${b.period}-01`,
      amount: b.amount,
      concept: `${b.concept} ${b.period}`,
      source: 'CARTERA',
      sourceId: row.id,
      dueOn: b.dueOn,
    });
  },
});
