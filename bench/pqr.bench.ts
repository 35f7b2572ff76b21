import type { Output } from '../electron/core/contract';
import { caller } from './cash.bench';
import type { BenchOffice } from './office';
import { addPqrHistory } from '../db/seed/pqr-history';
import { report, time } from './stats';

const TRAMITES = Number(process.env.BENCH_TRAMITES ?? 100_000);
const RUNS = 300;

type Page = Output<'pqr.list'>;

/**
 * PQR: 100,000 trámites over a year behind the office, then the bandejas (first pages and pages
 * deep in the list, by keyset) and the informe diario with its PQR page.
 */
export function benchPqr(office: BenchOffice): void {
  const { call, login } = caller(office);
  const { today } = login('coordinador', 'Coordinador2026');
  const history = addPqrHistory(office.core.sqlite, { today, count: TRAMITES, days: 365, seed: 5151 });
  console.log(
    `\nPQR: ${history.requests.toLocaleString('es-CO')} trámites en un año (${history.open.toLocaleString('es-CO')} abiertos), ` +
      `generados en ${(history.buildMs / 1000).toFixed(1)} s`,
  );
  const coordinador = login('coordinador', 'Coordinador2026').sessionId;
  const list = (input: Record<string, unknown>) => call<Page>(coordinador, 'pqr.list', { limit: 50, ...input });
  const runs = Array.from({ length: RUNS }, (_, i) => i);

  // Cursors spread over the whole list of open trámites, to time pages deep in it.
  const cursors: Page['next'][] = [];
  for (let page = list({ bandeja: 'ABIERTOS' }); page.next; page = list({ bandeja: 'ABIERTOS', after: page.next }))
    cursors.push(page.next);

  console.log('\nPQR: bandejas (50 filas, orden por vencimiento)');
  const bandeja = (label: string, input: Record<string, unknown>) =>
    report(
      label,
      time(runs, () => list(input), 20),
      'p95 < 20 ms',
    );
  bandeja('Abiertos, primera página', { bandeja: 'ABIERTOS' });
  report(
    `Abiertos, páginas siguientes (${cursors.length})`,
    time(runs, (i) => list({ bandeja: 'ABIERTOS', after: cursors[i % cursors.length] }), 20),
    'p95 < 20 ms',
  );
  bandeja('Míos (coordinador)', { bandeja: 'MIOS' });
  bandeja('Por vencer', { bandeja: 'POR_VENCER' });
  bandeja('Vencidos', { bandeja: 'VENCIDOS' });
  bandeja('Cerrados', { bandeja: 'CERRADOS' });
  bandeja('Abiertos, estado ASIGNADO, ACUEDUCTO', { bandeja: 'ABIERTOS', status: 'ASIGNADO', service: 'ACUEDUCTO' });

  const supervisor = login('supervisor', 'Supervisor2026').sessionId;
  const dates = Array.from({ length: 30 }, (_, i) => i);
  console.log('\nREPORTES: informe diario con su página de PQR');
  report(
    'reports.daily (pagos + trámites)',
    time(dates, () => call(supervisor, 'reports.daily', { date: today }), 5),
    '< 200 ms',
  );
}
