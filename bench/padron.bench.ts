import { Random } from '../db/seed/random';
import { SUMMARY_BY_CODE } from '../electron/core/subscribers/subscribers.queries';
import type { BenchOffice } from './office';
import { benchAlta } from './padron-alta.bench';
import { report, time, timePair } from './stats';

/** What an asesor types in the SUSCRIPTOR box: part of a name, a cédula, an address. */
function typedQueries(office: BenchOffice, count: number): string[] {
  const rnd = new Random(7);
  const row = office.core.sqlite.prepare(
    `SELECT p.names, p.surnames, p.document_number AS doc, s.address FROM subscribers s JOIN parties p ON p.id = s.owner_party_id
     WHERE s.id = ?`,
  );
  const max = (office.core.sqlite.prepare('SELECT max(id) AS n FROM subscribers').get() as { n: number }).n;
  return Array.from({ length: count }, () => {
    const r = row.get(rnd.int(1, max)) as { names: string; surnames: string; doc: string; address: string };
    const [surname = '', second = ''] = r.surnames.split(' ');
    const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    switch (rnd.int(0, 4)) {
      case 0:
        return plain(surname.slice(0, rnd.int(3, Math.max(3, surname.length))));
      case 1:
        return plain(`${r.names.split(' ')[0]} ${surname}`);
      case 2:
        return `${surname} ${second.slice(0, 3)}`;
      case 3:
        return r.doc.slice(0, rnd.int(4, r.doc.length));
      default:
        return r.address.split(' ').slice(0, 3).join(' ');
    }
  });
}

export function benchPadron(office: BenchOffice, subscribers: number): void {
  const { core } = office;
  const session = office.login('asesor', 'Asesor2026');
  const rnd = new Random(3);
  const codes = Array.from({ length: 20_000 }, () => String(100001 + rnd.int(0, subscribers - 1)));

  const raw = core.sqlite.prepare(SUMMARY_BY_CODE);
  // Interleaved, so both paths see the same page cache and the same machine noise.
  const [rawTiming, dispatchTiming] = timePair(
    codes,
    (code) => raw.get(code),
    (code) => {
      const result = core.dispatch(session, 'subscribers.byCode', { code });
      if (!result.ok) throw new Error(result.error.message);
    },
  );
  console.log('\nSUSCRIPTOR: código + Enter');
  report('raw SQL on better-sqlite3', rawTiming);
  report('through dispatch (validate, role, output)', dispatchTiming, 'p95 < 1 ms');
  console.log(
    `  ratio dispatch / raw SQL: p50 ${(dispatchTiming.p50 / rawTiming.p50).toFixed(2)}  p95 ${(dispatchTiming.p95 / rawTiming.p95).toFixed(2)}  (target ≤ 2)`,
  );

  const queries = typedQueries(office, 5_000);
  const search = time(
    queries,
    (q) => {
      const result = core.dispatch(session, 'subscribers.search', { q, limit: 20 });
      if (!result.ok) throw new Error(result.error.message);
    },
    100,
  );
  console.log('\nSUSCRIPTOR: type-ahead by name, cédula or address');
  report('subscribers.search (20 results)', search, 'p95 < 20 ms');
  const view = time(codes.slice(0, 2_000), (code) => core.dispatch(session, 'subscribers.view', { code }), 100);
  report('subscribers.view (estado de cuenta, chart)', view);

  benchAlta(office);
}
