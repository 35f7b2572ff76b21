/**
 * `npm run bench`: builds a realistic office in a temp file and prints the figures the
 * issues set targets for. Figures only; nothing here passes or fails.
 * `npm run bench -- ui` (or any of the names below) runs only those benches.
 */
import { benchBackup } from './backup.bench';
import { type BenchOffice, buildOffice } from './office';
import { benchCash } from './cash.bench';
import { benchImport } from './import.bench';
import { benchInvoices } from './invoices.bench';
import { benchPadron } from './padron.bench';
import { benchPqr } from './pqr.bench';
import { benchPrint } from './print.bench';
import { benchPuestos } from './puestos.bench';
import { type UiOffice, benchUi, uiOfficeFrom } from './ui.bench';

const SUBSCRIBERS = Number(process.env.BENCH_SUBSCRIBERS ?? 200_000);
const MONTHS = Number(process.env.BENCH_MONTHS ?? 12);
const TRAMITES = Number(process.env.BENCH_TRAMITES ?? 100_000);

const BENCHES = ['padron', 'invoices', 'cash', 'pqr', 'backup', 'puestos', 'print', 'ui', 'import'] as const;
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(BENCHES as readonly string[]).includes(name));
if (unknown.length > 0) {
  console.error(`Bench desconocido: ${unknown.join(', ')}. Use: npm run bench [-- ${BENCHES.join(' ')}]`);
  process.exit(2);
}
const wants = (name: (typeof BENCHES)[number]) => asked.length === 0 || asked.includes(name);
const onOffice = (['padron', 'invoices', 'cash', 'pqr', 'backup', 'puestos', 'ui'] as const).some(wants);

let ui: UiOffice | null = null;
try {
  // First, in a process that has built nothing yet: its figure includes the process's peak memory.
  if (wants('import')) await benchImport(SUBSCRIBERS);
  if (onOffice) {
    console.log(`Ventanilla bench: ${SUBSCRIBERS.toLocaleString('es-CO')} suscriptores, ${MONTHS} meses de historia`);
    const office: BenchOffice = buildOffice(SUBSCRIBERS, MONTHS);
    try {
      const counts = office.core.sqlite
        .prepare(`SELECT (SELECT count(*) FROM ledger_entries) AS ledger, (SELECT count(*) FROM meter_readings) AS readings`)
        .get() as { ledger: number; readings: number };
      console.log(
        `Office built in ${(office.buildMs / 1000).toFixed(1)} s (${counts.ledger.toLocaleString('es-CO')} ledger entries, ${counts.readings.toLocaleString('es-CO')} readings)`,
      );
      if (wants('ui')) {
        // Its own copy, before the other benches write a year of payments into this one.
        const start = performance.now();
        ui = uiOfficeFrom(office, SUBSCRIBERS, TRAMITES);
        console.log(
          `Copy for the UI bench, with ${TRAMITES.toLocaleString('es-CO')} trámites, made in ${((performance.now() - start) / 1000).toFixed(1)} s`,
        );
      }
      if (wants('padron')) benchPadron(office, SUBSCRIBERS);
      if (wants('invoices')) benchInvoices(office, SUBSCRIBERS);
      if (wants('cash')) benchCash(office);
      if (wants('pqr')) benchPqr(office);
      if (wants('backup')) await benchBackup(office);
      if (wants('puestos')) await benchPuestos(office);
    } finally {
      office.dispose();
    }
  }
  // Printing does not touch the database: its figure comes after the office is closed.
  if (wants('print')) await benchPrint();
  if (wants('ui')) await benchUi(ui);
} finally {
  ui?.dispose();
}
