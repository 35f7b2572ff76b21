import { closeSync, mkdtempSync, openAsBlob, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { prepareOffice } from '../db/seed/office';
import { FIRST_ADMIN } from '../db/seed/users';
import { createCore } from '../electron/core/app';
import type { ImportKind } from '../electron/core/contract/import-kinds';
import { guessMapping } from '../electron/core/contract/import-kinds';
import { runImport } from '../renderer/src/screens/administracion/importar/import-run';
import { openTableFile } from '../renderer/src/screens/administracion/importar/table-file';
import type { Result } from '../electron/core/contract';

/**
 * ADMINISTRACIÓN → Importar on a whole office: terceros, padrón, cartera (5 balances each) and
 * two years of lecturas from CSV files, read by the screen's own reader and sent batch by batch
 * through dispatch as the screen sends them (the transport aside). Prints the time of each file,
 * the total against its target, and the process's peak memory.
 */

const ROUTES = 20;
const BALANCES = 5;
const READINGS = 12;
const NAMES = ['MARÍA', 'JOSÉ', 'LUZ DARY', 'JHON FREDY', 'ANA LUCÍA', 'CARLOS', 'DIANA', 'LUIS ALBERTO'];
const SURNAMES = ['ORTIZ PEÑA', 'CUÉLLAR RAMÍREZ', 'MONTEALEGRE DÍAZ', 'VARGAS QUINTERO', 'OSPINA CALDERÓN', 'GUZMÁN LOSADA'];

/** Writes a CSV of `rows` lines made by `line`, in chunks, never holding the file in memory. */
function writeCsv(file: string, header: string, rows: number, line: (i: number) => string): void {
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, `${header}\n`);
    let chunk: string[] = [];
    for (let i = 0; i < rows; i++) {
      chunk.push(line(i));
      if (chunk.length === 20_000) {
        writeSync(fd, `${chunk.join('\n')}\n`);
        chunk = [];
      }
    }
    if (chunk.length > 0) writeSync(fd, `${chunk.join('\n')}\n`);
  } finally {
    closeSync(fd);
  }
}

const period = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

function writeFiles(dir: string, subscribers: number): Record<ImportKind, string> {
  const doc = (i: number) => String(10_000_000 + i * 7);
  const code = (i: number) => String(100_000 + i);
  const files = {
    TERCEROS: path.join(dir, 'terceros.csv'),
    PADRON: path.join(dir, 'padron.csv'),
    CARTERA: path.join(dir, 'cartera.csv'),
    FACTURACION: '',
    LECTURAS: path.join(dir, 'lecturas.csv'),
  };
  writeCsv(files.TERCEROS, 'TIPO_DOC;DOCUMENTO;NOMBRES;APELLIDOS;CELULAR;EMAIL;DIRECCION', subscribers, (i) =>
    ['CC', doc(i), NAMES[i % NAMES.length], SURNAMES[i % SURNAMES.length], `310${String(i).padStart(7, '0')}`, '', `CALLE ${i % 90} # ${i % 50}-${i % 99}`].join(';'),
  );
  writeCsv(
    files.PADRON,
    'CUENTA;RUTA;DIRECCION;BARRIO;USO;ESTRATO;ACUEDUCTO;ALCANTARILLADO;ASEO;ESTADO;SERIAL MEDIDOR;MARCA;TIPO DOC TITULAR;CEDULA TITULAR',
    subscribers,
    (i) =>
      [code(i), `01-${String((i % ROUTES) + 1).padStart(3, '0')}`, `CARRERA ${i % 40} # ${i % 30}-${i % 70}`, 'CENTRO', 'RESIDENCIAL', (i % 6) + 1, 'S', 'S', i % 3 ? 'S' : 'N', 'ACTIVO', `M${i}`, 'ITRON', 'CC', doc(i)].join(';'),
  );
  writeCsv(files.CARTERA, 'CUENTA;CONCEPTO;PERIODO;SALDO;VENCE', subscribers * BALANCES, (n) => {
    const i = Math.floor(n / BALANCES);
    const m = (n % BALANCES) + 1;
    return [code(i), 'SERVICIOS PÚBLICOS', period(2025, m), 20_000 + (n % 50) * 1_000, `${period(2025, m + 1)}-20`].join(';');
  });
  writeCsv(files.LECTURAS, 'codigo;periodo;fecha;lectura;consumo;estimada', subscribers * READINGS, (n) => {
    const i = Math.floor(n / READINGS);
    const m = (n % READINGS) + 1;
    return [code(i), period(2025, m), `${period(2025, m)}-25`, 1000 + m * 18, 18, 'N'].join(';');
  });
  return files;
}

export async function benchImport(subscribers: number): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-import-bench-'));
  try {
    const file = path.join(dir, 'office.db');
    const { sqlite } = openDatabase({ file });
    const now = new Date();
    prepareOffice(sqlite, { demo: false, now, today: now.toISOString().slice(0, 10), subscribers: 0, months: 0, pqrRequests: 0 });
    sqlite.close();
    const core = createCore({ file, workstation: 'BENCH', checkpointEveryMs: 0, log: (m, e) => console.error(m, e) });
    const ok = <T>(r: Result<unknown>) => {
      if (!r.ok) throw new Error(r.error.message);
      return r.data as T;
    };
    const session = ok<{ sessionId: string }>(core.dispatch(null, 'auth.login', { username: FIRST_ADMIN.username, password: FIRST_ADMIN.password })).sessionId;
    ok(core.dispatch(session, 'auth.changePassword', { current: FIRST_ADMIN.password, next: 'Banco-Import-2026' }));
    const zone = ok<{ id: number }>(core.dispatch(session, 'zones.create', { name: 'FLORENCIA', municipality: 'Florencia' }));
    for (let r = 1; r <= ROUTES; r++) {
      ok(core.dispatch(session, 'routes.create', { zoneId: zone.id, code: `01-${String(r).padStart(3, '0')}`, name: `RUTA ${r}` }));
    }

    const written = performance.now();
    const files = writeFiles(dir, subscribers);
    console.log(`\nADMINISTRACIÓN → Importar: ${subscribers.toLocaleString('es-CO')} suscriptores, archivos CSV escritos en ${((performance.now() - written) / 1000).toFixed(1)} s`);
    let total = 0;
    for (const kind of ['TERCEROS', 'PADRON', 'CARTERA', 'LECTURAS'] as const) {
      const name = path.basename(files[kind]);
      const table = await openTableFile(Object.assign(await openAsBlob(files[kind]), { name }));
      const started = performance.now();
      const outcome = await runImport({
        table,
        kind,
        mapping: guessMapping(kind, table.headers),
        write: true,
        send: async (batch, write) => core.dispatch(session, write ? 'imports.apply' : 'imports.check', batch) as never,
        onProgress: () => undefined,
        signal: new AbortController().signal,
      });
      const ms = performance.now() - started;
      total += ms;
      if (outcome.failure || outcome.counts.REJECTED > 0) throw new Error(`${name}: ${outcome.failure ?? outcome.rejected[0]?.reason}`);
      const mb = statSync(files[kind]).size / 1024 / 1024;
      console.log(
        `  ${name.padEnd(14)} ${outcome.rows.toLocaleString('es-CO').padStart(10)} filas (${mb.toFixed(0)} MB) en ${(ms / 1000).toFixed(1)} s — ${Math.round(outcome.rows / (ms / 1000)).toLocaleString('es-CO')} filas/s`,
      );
    }
    const peak = process.resourceUsage().maxRSS / 1024;
    console.log(`  total ${(total / 1000).toFixed(1)} s (objetivo < 90 s para 200.000 suscriptores) ${total < 90_000 ? 'CUMPLE' : 'NO CUMPLE'}`);
    console.log(`  memoria máxima del proceso (RSS) ${peak.toFixed(0)} MB (objetivo < 1.024 MB) ${peak < 1024 ? 'CUMPLE' : 'NO CUMPLE'}`);

    // The same files again: nothing changes, as fast as reading allows.
    const again = performance.now();
    const table = await openTableFile(Object.assign(await openAsBlob(files.LECTURAS), { name: 'lecturas.csv' }));
    const repeat = await runImport({
      table,
      kind: 'LECTURAS',
      mapping: guessMapping('LECTURAS', table.headers),
      write: true,
      send: async (batch, write) => core.dispatch(session, write ? 'imports.apply' : 'imports.check', batch) as never,
      onProgress: () => undefined,
      signal: new AbortController().signal,
    });
    console.log(`  lecturas.csv otra vez: ${repeat.counts.UNCHANGED.toLocaleString('es-CO')} sin cambio, ${repeat.counts.NEW} nuevas, en ${((performance.now() - again) / 1000).toFixed(1)} s`);
    core.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
