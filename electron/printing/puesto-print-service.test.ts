import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestOffice, failure, ok, testOffice } from '../../db/testing';
import type { Result } from '../core/contract';
import { sampleFactura } from '../core/documents/documents.fixtures';
import { archivedFile } from './archive';
import { PrinterError } from './engine';
import { type Invoke, createInvoker } from './invoker';
import { type PrintService, createPrintService, createServerPrintInvoke } from './print-service';
import { TEST_CSS, archivedFiles, fakeEngine, printWith } from './print-service.test-support';
import { createPuestoPrintService } from './puesto-print-service';
import { PRINT_ANSWER, PRINT_PREPARE } from './puesto-print.contract';

/**
 * One office, two computers: the server (the office's database, archive and print log) and a
 * puesto that reaches it through `remote`, every answer crossing as JSON as on the wire.
 * Each computer has its own printers.
 */

const OFFLINE = {
  ok: false,
  error: { code: 'OFFLINE', message: 'Sin conexión con el servidor de la oficina — reintentando' },
} as const;

let archiveDir: string;
let office: TestOffice;
let serverEngine: ReturnType<typeof fakeEngine>;
let puestoEngine: ReturnType<typeof fakeEngine>;
let server: PrintService;
let logged: string[];
/** The names the puesto asked the server for, in order. */
let asked: string[];
let reachable: (name: string) => boolean;

/** The server's side of the puesto channel: the two halves of printing, everything else to dispatch. */
const serverSide: Invoke = async (session, name, input) => {
  const printing = createServerPrintInvoke(server)(session, name, input);
  return printing ? await printing : office.dispatch(session, name, input);
};

const remote: Invoke = async (session, name, input) => {
  asked.push(name);
  if (!reachable(name)) return OFFLINE;
  const wire = (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown;
  return wire(await serverSide(session, name, wire(input))) as Result<unknown>;
};

const puesto = () => createPuestoPrintService({ remote, engine: puestoEngine, log: (m) => logged.push(m) });

beforeEach(() => {
  archiveDir = mkdtempSync(path.join(tmpdir(), 'ventanilla-puesto-print-'));
  office = testOffice();
  serverEngine = fakeEngine();
  puestoEngine = fakeEngine();
  puestoEngine.printers = async () => [{ name: 'EPSON del puesto', isDefault: true }];
  logged = [];
  asked = [];
  reachable = () => true;
  server = createPrintService({
    dispatch: office.dispatch,
    engine: serverEngine,
    archiveDir,
    css: TEST_CSS,
    clock: office.clock,
    log: (m) => logged.push(m),
  });
});
afterEach(() => {
  office.close();
  rmSync(archiveDir, { recursive: true, force: true });
});

const factura = (number: string) => ({ type: 'FACTURA', number }) as const;
const printLog = () =>
  office.sqlite
    .prepare(
      'SELECT reprint, archive_path AS archivePath, printer_error AS printerError, printer_answered_at AS answeredAt FROM print_log ORDER BY id',
    )
    .all();

describe('print.document on a puesto', () => {
  it("archives on the server, prints on the puesto's printer, and logs the print and the printer's answer on the server", async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    const data = ok(await printWith(puesto(), asesor, factura(number)));
    expect(data).toEqual({
      archivePath: `2026/11/FACTURA/${number}.pdf`,
      printer: '',
      printed: true,
      printerError: null,
      printerConfigured: true,
      reprint: 0,
    });
    expect(archivedFiles(archiveDir)).toEqual([data.archivePath]);
    const archived = readFileSync(archivedFile(archiveDir, data.archivePath));
    // The PDF is made once, on the server; the paper job and the very same PDF on the puesto.
    expect(serverEngine.rendered.map((p) => p.title)).toEqual([`FACTURA ${number}`]);
    expect(serverEngine.printed).toEqual([]);
    expect(puestoEngine.rendered).toEqual([]);
    expect(puestoEngine.printed).toHaveLength(1);
    expect(puestoEngine.printed[0]!.pdf.equals(archived)).toBe(true);
    expect(puestoEngine.printed[0]!.page.html).toContain('ORIGINAL — USUARIO');
    expect(puestoEngine.printed[0]!.page.html).toContain(TEST_CSS);
    expect(printLog()).toEqual([
      { reprint: 0, archivePath: data.archivePath, printerError: null, answeredAt: '2026-11-23T14:00:00.000Z' },
    ]);
    expect(asked).toEqual([PRINT_PREPARE, PRINT_ANSWER]);
  });

  it("records an error of the puesto's printer as its answer, and prints the next copy as REIMPRESIÓN 1", async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    puestoEngine.failPrint = new PrinterError('La impresora «EPSON del puesto» no tiene papel.');
    const first = ok(await printWith(puesto(), asesor, factura(number)));
    expect(first).toMatchObject({ printed: false, printerError: 'La impresora «EPSON del puesto» no tiene papel.' });
    expect(first.printerConfigured).toBe(true);

    puestoEngine.failPrint = null;
    const second = ok(await printWith(puesto(), asesor, factura(number)));
    expect(second).toMatchObject({ reprint: 1, archivePath: `2026/11/FACTURA/${number}-R1.pdf`, printed: true });
    expect(puestoEngine.printed.map((p) => p.page.title)).toEqual([`FACTURA ${number} REIMPRESIÓN 1`]);
    expect(printLog()).toEqual([
      expect.objectContaining({ reprint: 0, printerError: 'La impresora «EPSON del puesto» no tiene papel.' }),
      expect.objectContaining({ reprint: 1, printerError: null }),
    ]);
    expect(archivedFiles(archiveDir)).toEqual([`2026/11/FACTURA/${number}-R1.pdf`, `2026/11/FACTURA/${number}.pdf`]);
  });

  it('tells a puesto without any printer that the archived PDF was all there was to make', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    puestoEngine.printers = async () => [];
    puestoEngine.failPrint = new PrinterError('No hay impresora disponible en este equipo.');
    expect(ok(await printWith(puesto(), asesor, factura(number)))).toMatchObject({ printed: false, printerConfigured: false });
  });

  it('refuses a role that may not print the document, archiving and printing nothing', async () => {
    const informe = await printWith(puesto(), office.login('cajero'), { type: 'INFORME_DIARIO', number: 'INF-2026-11-23' });
    expect(informe).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(archivedFiles(archiveDir)).toEqual([]);
    expect(serverEngine.rendered).toEqual([]);
    expect(puestoEngine.printed).toEqual([]);
    expect(office.count('print_log')).toBe(0);
  });

  it('refuses calls without a session', async () => {
    const { number } = sampleFactura(office);
    expect(failure(await printWith(puesto(), null, factura(number))).code).toBe('SESSION_REQUIRED');
    expect(failure(await puesto().handle(null, 'print.printers', {})).code).toBe('SESSION_REQUIRED');
    expect(puestoEngine.printed).toEqual([]);
    expect(office.count('print_log')).toBe(0);
  });

  it('says so when the server cannot be reached, and prints nothing', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    reachable = () => false;
    expect(await printWith(puesto(), asesor, factura(number))).toEqual(OFFLINE);
    expect(await puesto().handle(asesor, 'print.printers', {})).toEqual(OFFLINE);
    expect(puestoEngine.printed).toEqual([]);
    expect(archivedFiles(archiveDir)).toEqual([]);
  });

  it("answers the user once printed even when the printer's answer does not reach the server", async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    reachable = (name) => name !== PRINT_ANSWER;
    expect(ok(await printWith(puesto(), asesor, factura(number)))).toMatchObject({ printed: true, reprint: 0 });
    expect(puestoEngine.printed).toHaveLength(1);
    expect(logged.some((m) => m.includes('no registró la respuesta de la impresora'))).toBe(true);
    expect(printLog()).toEqual([expect.objectContaining({ reprint: 0, answeredAt: null })]);
  });
});

describe('print.printers on a puesto', () => {
  it("lists the puesto's own printers, once the server knows the session", async () => {
    expect(ok(await puesto().handle(office.login('admin'), 'print.printers', {}))).toEqual({
      mode: 'browser',
      printers: [{ name: 'EPSON del puesto', isDefault: true }],
    });
    expect(asked).toEqual(['auth.session']);
  });
});

describe('the puesto-only halves on the server', () => {
  it('takes the printer answer once, from the user who prepared the copy, and checks it', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    const copy = ok(await server.prepare(asesor, factura(number)));
    expect(copy).toMatchObject({ type: 'FACTURA', number, reprint: 0, printer: '', page: { paper: 'CARTA' } });
    expect(serverEngine.printed).toEqual([]);
    const answer = { type: 'FACTURA', number, reprint: 0, printerError: null };
    expect(failure(await server.answer(null, answer)).code).toBe('SESSION_REQUIRED');
    expect(failure(await server.answer(asesor, { ...answer, printerError: 'x'.repeat(501) })).code).toBe('VALIDATION');
    expect(failure(await server.answer(office.login('asesor2'), answer)).code).toBe('CONFLICT');
    expect(ok(await server.answer(asesor, answer))).toEqual({ reprint: 0 });
    expect(failure(await server.answer(asesor, answer)).code).toBe('CONFLICT');
  });

  it('are answered only by the helper the server plugs into its puesto channel, never by the invoker', async () => {
    const admin = office.login('admin');
    const test = { type: 'PRUEBA', number: 'PRUEBA-VENTANILLA-01' };
    expect(createServerPrintInvoke(server)(admin, 'print.document', test)).toBeNull();
    const invoke = createInvoker(office.dispatch, server);
    for (const name of [PRINT_PREPARE, PRINT_ANSWER]) {
      expect(failure(await invoke(admin, name, { ...test, reprint: 0, printerError: null })).code).toBe('UNKNOWN_PROCEDURE');
    }
    expect(failure(await invoke(admin, PRINT_PREPARE, test)).code).toBe('UNKNOWN_PROCEDURE');
    expect(archivedFiles(archiveDir)).toEqual([]);
    expect(office.count('print_log')).toBe(0);
  });
});
