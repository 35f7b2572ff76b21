import type { Sqlite } from '../db/open';
import { Random } from '../db/seed/random';
import { addDays, weekday } from '../electron/core/calendar/civil';
import { SERIES, type Series } from '../electron/core/sequences/sequences';
import { DENOMINATIONS } from '../electron/core/cash/denominations';

/**
 * A year of RECAUDO and CAJA written straight into the bench office with SQL, the way the
 * services would have left it: each day four cashiers open and close their desks, and about
 * `perDay` users pay at CAJA the factura an asesor made for them that morning (factura, its
 * charge, a coupon, the payment on the ledger, a numbered receipt with its tenders); about
 * one in a hundred payments is voided with a supervisor. Calling dispatch 180,000 times
 * would take an hour; the daily report only needs the rows.
 */

export interface CashHistory {
  /** Business days generated (Monday to Saturday), oldest first. */
  dates: string[];
  receipts: number;
  voids: number;
  buildMs: number;
}

/** The demo's cajero and three more desks (they never log in: no usable password). */
const MORE_CASHIERS = [
  { username: 'cajero2', fullName: 'Diana Marcela Trujillo Cabrera' },
  { username: 'cajero3', fullName: 'Jhon Fredy Ortiz Vargas' },
  { username: 'cajero4', fullName: 'Leidy Johana Rojas Perdomo' },
];

/** 08:00 in Florencia (UTC−5) plus `minutes`, as stored. */
const at = (date: string, minutes: number) => new Date(Date.parse(`${date}T13:00:00.000Z`) + minutes * 60_000).toISOString();

function statements(sqlite: Sqlite) {
  const p = (sql: string) => sqlite.prepare(sql);
  return {
    invoice:
      p(`INSERT INTO invoices (number, subscriber_id, party_id, payment_form, observation, total, created_at, created_by, request_key)
      VALUES (?, ?, ?, 'CONTADO', ?, ?, ?, ?, ?)`),
    line: p(`INSERT INTO invoice_lines (invoice_id, line_no, product_id, code, name, category, taxable, quantity, unit_price, amount)
      VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?)`),
    charge:
      p(`INSERT INTO ledger_entries (subscriber_id, entry_date, posted_at, kind, amount, concept, source_type, source_id, due_on, user_id)
      VALUES (?, ?, ?, 'CHARGE', ?, ?, 'INVOICE', ?, ?, ?)`),
    chargeOfInvoice: p('UPDATE invoices SET charge_entry_id = ? WHERE id = ?'),
    coupon: p(`INSERT INTO coupons (number, subscriber_id, party_id, total, valid_until, created_at, created_by, request_key)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    couponItem: p('INSERT INTO coupon_items (coupon_id, line_no, charge_id, concept, amount) VALUES (?, 1, ?, ?, ?)'),
    session: p(
      `INSERT INTO cash_sessions (cashier_id, workstation, business_date, opened_at, opening_float) VALUES (?, ?, ?, ?, ?)`,
    ),
    count: p('UPDATE cash_sessions SET count = ?, counted_cash = ?, expected_cash = ?, difference = ? WHERE id = ?'),
    close: p('UPDATE cash_sessions SET closed_at = ?, close_number = ?, close_note = ? WHERE id = ?'),
    payment: p(
      `INSERT INTO payments (subscriber_id, paid_on, paid_at, amount, channel, reference) VALUES (?, ?, ?, ?, 'CAJA', ?)`,
    ),
    applied:
      p(`INSERT INTO ledger_entries (subscriber_id, entry_date, posted_at, kind, amount, concept, source_type, source_id, applies_to_id, user_id)
      VALUES (?, ?, ?, ?, ?, ?, 'PAYMENT', ?, ?, ?)`),
    receipt:
      p(`INSERT INTO receipts (number, coupon_id, cash_session_id, payment_id, subscriber_id, amount, change, paid_on, paid_at, cashier_id, request_key)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    tender: p('INSERT INTO receipt_tenders (receipt_id, method, amount, tendered, reference) VALUES (?, ?, ?, ?, ?)'),
    void: p(`INSERT INTO receipt_voids (number, receipt_id, cash_session_id, requested_by, approved_by, reason, voided_at)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
    sequence: p(`INSERT INTO sequences (series, year, last_value) VALUES (?, ?, ?)
      ON CONFLICT (series, year) DO UPDATE SET last_value = excluded.last_value`),
  };
}

/** Numbers per series and year, continuing whatever the office already gave. */
function numbering(sqlite: Sqlite) {
  const last = new Map<string, number>();
  for (const s of sqlite.prepare('SELECT series, year, last_value AS n FROM sequences').all() as {
    series: string;
    year: number;
    n: number;
  }[]) {
    last.set(`${s.series}:${s.year}`, s.n);
  }
  return {
    next(series: Series, date: string): string {
      const key = `${series}:${date.slice(0, 4)}`;
      const n = (last.get(key) ?? 0) + 1;
      last.set(key, n);
      return `${SERIES[series].prefix}-${date.slice(0, 4)}-${String(n).padStart(6, '0')}`;
    },
    entries: () => [...last].map(([key, n]) => [...key.split(':'), n] as [string, string, number]),
  };
}

function userIds(sqlite: Sqlite) {
  const id = (username: string) =>
    (sqlite.prepare('SELECT id FROM users WHERE username = ?').get(username) as { id: number } | undefined)?.id;
  const now = new Date().toISOString();
  const add = sqlite.prepare(
    `INSERT INTO users (username, full_name, document_number, role, password_hash, created_at, password_changed_at)
     VALUES (?, ?, '', 'CAJERO', 'x', ?, ?)`,
  );
  const cashiers = [
    id('cajero')!,
    ...MORE_CASHIERS.map((c) => id(c.username) ?? Number(add.run(c.username, c.fullName, now, now).lastInsertRowid)),
  ];
  return { cashiers, asesores: [id('asesor')!, id('asesor2')!], supervisor: id('supervisor')! };
}

/** Bills and coins for an amount, largest first: the blind count of a desk. */
function countOf(amount: number): string {
  let left = amount;
  return JSON.stringify(
    DENOMINATIONS.COP.map((denomination) => {
      const quantity = Math.floor(left / denomination);
      left -= quantity * denomination;
      return { denomination, quantity };
    }),
  );
}

interface Desk {
  id: number;
  cashierId: number;
  /** Efectivo the drawer should hold. */
  cash: number;
}

type Statements = ReturnType<typeof statements>;
type Numbers = ReturnType<typeof numbering>;
type Product = { id: number; code: string; name: string; category: string; taxable: number; price: number };

/** One user at the counter and then at a desk: factura, coupon, payment, receipt; sometimes voided. */
function payment(
  g: { sql: Statements; numbers: Numbers; random: Random; users: ReturnType<typeof userIds> },
  account: { id: number; party: number },
  product: Product,
  date: string,
  minute: number,
  desk: Desk,
): 'PAGADO' | 'ANULADO' {
  const { sql, numbers, random, users } = g;
  const asesor = random.pick(users.asesores);
  const quantity = random.int(1, 2);
  const total = product.price * quantity;
  const factura = numbers.next('FACTURA', date);
  const facturaAt = at(date, minute);
  const invoiceId = Number(
    sql.invoice.run(factura, account.id, account.party, `Factura de ${product.name}`, total, facturaAt, asesor, `h-${factura}`)
      .lastInsertRowid,
  );
  const { id: productId, code, name, category, taxable, price } = product;
  sql.line.run(invoiceId, productId, code, name, category, taxable, quantity, price, total);
  const chargeId = Number(
    sql.charge.run(account.id, date, facturaAt, total, `Factura ${factura}`, invoiceId, addDays(date, 10), asesor)
      .lastInsertRowid,
  );
  sql.chargeOfInvoice.run(chargeId, invoiceId);
  const cupon = numbers.next('CUPON', date);
  const couponId = Number(
    sql.coupon.run(cupon, account.id, account.party, total, addDays(date, 5), at(date, minute + 1), asesor, `h-${cupon}`)
      .lastInsertRowid,
  );
  sql.couponItem.run(couponId, chargeId, `Factura ${factura}`, total);

  const recibo = numbers.next('RECIBO', date);
  const paidAt = at(date, minute + 5);
  const paymentId = Number(sql.payment.run(account.id, date, paidAt, total, recibo).lastInsertRowid);
  sql.applied.run(
    account.id,
    date,
    paidAt,
    'PAYMENT',
    -total,
    `Pago recibo ${recibo} (cupón ${cupon})`,
    paymentId,
    chargeId,
    desk.cashierId,
  );
  const method = random.weighted([
    ['EFECTIVO', 75],
    ['TARJETA', 15],
    ['TRANSFERENCIA', 7],
    ['CONSIGNACION', 3],
  ] as const);
  const tendered = method === 'EFECTIVO' ? Math.ceil(total / 10_000) * 10_000 : null;
  const change = (tendered ?? total) - total;
  const receiptId = Number(
    sql.receipt.run(recibo, couponId, desk.id, paymentId, account.id, total, change, date, paidAt, desk.cashierId, `h-${recibo}`)
      .lastInsertRowid,
  );
  sql.tender.run(receiptId, method, total, tendered, method === 'EFECTIVO' ? '' : `REF ${random.int(100_000, 999_999)}`);
  if (random.chance(0.01)) {
    const anulacion = numbers.next('ANULACION_RECIBO', date);
    const voidedAt = at(date, minute + 9);
    sql.applied.run(
      account.id,
      date,
      voidedAt,
      'PAYMENT_VOID',
      total,
      `Anulación ${anulacion} del recibo ${recibo}`,
      paymentId,
      chargeId,
      desk.cashierId,
    );
    sql.void.run(
      anulacion,
      receiptId,
      desk.id,
      desk.cashierId,
      users.supervisor,
      'Se cobró el cupón de otro suscriptor',
      voidedAt,
    );
    return 'ANULADO';
  }
  if (method === 'EFECTIVO') desk.cash += total;
  return 'PAGADO';
}

export function addCashHistory(sqlite: Sqlite, options: { today: string; days: number; perDay: number }): CashHistory {
  const start = performance.now();
  const g = { sql: statements(sqlite), numbers: numbering(sqlite), random: new Random(4242), users: userIds(sqlite) };
  const { sql, numbers, random, users } = g;
  const accounts = sqlite.prepare('SELECT id, owner_party_id AS party FROM subscribers ORDER BY id').all() as {
    id: number;
    party: number;
  }[];
  const products = sqlite
    .prepare(
      `SELECT p.id, p.code, p.name, p.category, p.taxable, (SELECT pp.price FROM product_prices pp WHERE pp.product_id = p.id
         ORDER BY pp.valid_from DESC LIMIT 1) AS price FROM products p WHERE p.category IN ('CARGO', 'CERTIFICADO', 'COMPLEMENTARIO')`,
    )
    .all() as Product[];
  const dates = Array.from({ length: options.days }, (_, i) => addDays(options.today, i - options.days)).filter(
    (d) => weekday(d) !== 0,
  );
  const totals = { receipts: 0, voids: 0 };
  const day = sqlite.transaction((date: string) => {
    const desks: Desk[] = users.cashiers.map((cashierId, i) => ({
      id: Number(sql.session.run(cashierId, `CAJA-0${i + 1}`, date, at(date, 0), 200_000).lastInsertRowid),
      cashierId,
      cash: 200_000,
    }));
    const count = options.perDay + random.int(-50, 50);
    for (let n = 0; n < count; n++) {
      const desk = desks[n % desks.length]!;
      const minute = Math.floor((n * 540) / count);
      const status = payment(g, random.pick(accounts), random.pick(products), date, minute, desk);
      totals.receipts += 1;
      if (status === 'ANULADO') totals.voids += 1;
    }
    for (const desk of desks) {
      const counted = desk.cash + (random.chance(0.1) ? random.pick([-2_000, -1_000, 500, 1_000]) : 0);
      sql.count.run(countOf(counted), counted, desk.cash, counted - desk.cash, desk.id);
      const note = counted === desk.cash ? '' : 'Diferencia revisada con el supervisor';
      sql.close.run(at(date, 560), numbers.next('CORTE', date), note, desk.id);
    }
  });
  for (const date of dates) day(date);
  sqlite.transaction(() => {
    for (const [series, year, n] of numbers.entries()) sql.sequence.run(series, Number(year), n);
  })();
  return { dates, ...totals, buildMs: performance.now() - start };
}
