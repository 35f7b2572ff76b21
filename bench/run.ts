/**
 * `npm run bench`: builds a realistic office in a temp file and prints the figures the
 * issues set targets for. Figures only; nothing here passes or fails.
 */
import { buildOffice } from './office';
import { benchCash } from './cash.bench';
import { benchInvoices } from './invoices.bench';
import { benchPadron } from './padron.bench';
import { benchPqr } from './pqr.bench';
import { benchPrint } from './print.bench';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 200_000);
const MONTHS = Number(process.env.BENCH_MONTHS ?? 12);

console.log(`Ventanilla bench: ${SUBSCRIBERS.toLocaleString('es-CO')} suscriptores, ${MONTHS} meses de historia`);
const office = buildOffice(SUBSCRIBERS, MONTHS);
const counts = office.core.sqlite
  .prepare(`SELECT (SELECT count(*) FROM ledger_entries) AS ledger, (SELECT count(*) FROM meter_readings) AS readings`)
  .get() as { ledger: number; readings: number };
console.log(
  `Office built in ${(office.buildMs / 1000).toFixed(1)} s (${counts.ledger.toLocaleString('es-CO')} ledger entries, ${counts.readings.toLocaleString('es-CO')} readings)`,
);
try {
  benchPadron(office, SUBSCRIBERS);
  benchInvoices(office, SUBSCRIBERS);
  benchCash(office);
  benchPqr(office);
} finally {
  office.dispose();
}
// Printing does not touch the database: its figure comes after the office is closed.
await benchPrint();
