import { prepared } from '../../statements';
import { CellRefusal } from '../cells';
import { differentMoney, postImportedCharge, subscriberIdOf } from './account';
import { defineKind } from './kind';

interface BillValue {
  code: string;
  period: string;
  number: string;
  issuedOn: string;
  dueOn: string;
  consumption: number;
  aqueduct: number;
  sewer: number;
  waste: number;
  total: number;
}

const STORED = `SELECT number, issued_on AS issuedOn, due_on AS dueOn, total FROM periodic_bills WHERE subscriber_id = ? AND period = ?`;

/** Facturación periódica: a billing cycle's bill per subscriber and period, posted as its charge. */
export const facturacion = defineKind<BillValue>({
  read(cells) {
    const money = (key: string) => cells.whole(key, 'un valor en pesos')!;
    const bill = {
      code: cells.text('codigo', 12, true),
      period: cells.period('periodo'),
      number: cells.text('numero', 30, true).toUpperCase(),
      issuedOn: cells.date('emision'),
      dueOn: cells.date('vencimiento'),
      consumption: cells.whole('consumo', 'un consumo en m³')!,
      aqueduct: money('acueducto'),
      sewer: money('alcantarillado'),
      waste: money('aseo'),
      total: money('total'),
    };
    if (bill.dueOn < bill.issuedOn) cells.refuse('vencimiento', `vence (${bill.dueOn}) antes de emitirse (${bill.issuedOn})`);
    const sum = bill.aqueduct + bill.sewer + bill.waste;
    if (sum !== bill.total) cells.refuse('total', `${bill.total} no es la suma de acueducto, alcantarillado y aseo (${sum})`);
    if (bill.total === 0) cells.refuse('total', 'una factura de 0 no es una deuda; quite la fila');
    return bill;
  },
  key: (b) => `${b.code} ${b.period}`,
  classify(ctx, b) {
    const stored = prepared(ctx.sqlite, STORED).get(subscriberIdOf(ctx, b.code), b.period) as
      { number: string; issuedOn: string; dueOn: string; total: number } | undefined;
    if (!stored) {
      const other = prepared(ctx.sqlite, 'SELECT 1 FROM periodic_bills WHERE number = ?').get(b.number);
      if (other)
        throw new CellRefusal('numero', `Número de la factura: ${b.number} ya es la factura de otro suscriptor o periodo`);
      return 'NEW';
    }
    if (stored.number !== b.number || stored.total !== b.total || stored.dueOn !== b.dueOn || stored.issuedOn !== b.issuedOn) {
      throw differentMoney('total', `La factura de ${b.period}`);
    }
    return 'UNCHANGED';
  },
  apply(ctx, b, _status, source) {
    const subscriberId = subscriberIdOf(ctx, b.code);
    const row = prepared(
      ctx.sqlite,
      `INSERT INTO periodic_bills (subscriber_id, period, number, issued_on, due_on, consumption_m_3, aqueduct, sewer, waste, total)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
    ).get(subscriberId, b.period, b.number, b.issuedOn, b.dueOn, b.consumption, b.aqueduct, b.sewer, b.waste, b.total) as {
      id: number;
    };
    postImportedCharge(ctx, source, {
      subscriberId,
      on: b.issuedOn,
      amount: b.total,
      concept: `Factura de servicios ${b.period}`,
      source: 'PERIODIC_BILL',
      sourceId: row.id,
      dueOn: b.dueOn,
    });
  },
});
