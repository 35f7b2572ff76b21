import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestOffice, ok, testOffice } from '../../db/testing';
import type { Dispatch } from '../core/dispatch';
import { sampleFactura } from '../core/documents/documents.fixtures';
import { archivedFile } from './archive';
import { PrinterError } from './engine';
import { createInvoker } from './invoker';
import { type PrintService, createPrintService } from './print-service';
import { TEST_CSS, archivedFiles, fakeEngine, printWith } from './print-service.test-support';

let archiveDir: string;
let office: TestOffice;
let engine: ReturnType<typeof fakeEngine>;
let service: PrintService;
let logged: string[];

const serviceWith = (dispatch: Dispatch, dir = archiveDir) =>
  createPrintService({ dispatch, engine, archiveDir: dir, css: TEST_CSS, clock: office.clock, log: (m) => logged.push(m) });

beforeEach(() => {
  archiveDir = mkdtempSync(path.join(tmpdir(), 'ventanilla-print-test-'));
  office = testOffice();
  engine = fakeEngine();
  logged = [];
  service = serviceWith(office.dispatch);
});
afterEach(() => {
  office.close();
  rmSync(archiveDir, { recursive: true, force: true });
});

const print = (session: string | null, input: unknown) => printWith(service, session, input);
const factura = (number: string) => ({ type: 'FACTURA', number, target: 'DOCUMENT' }) as const;
const money = (n: number) =>
  new Intl.NumberFormat('es-CO', { style: 'currency', currency: 'COP', maximumFractionDigits: 0 }).format(n);

describe('print.document, by reference', () => {
  it('renders the factura from its record, archives its PDF, prints it and records the print through dispatch', async () => {
    const asesor = office.login('asesor');
    const invoice = sampleFactura(office, asesor);
    const data = ok(await print(asesor, factura(invoice.number)));
    expect(data).toEqual({
      archivePath: `2026/11/FACTURA/${invoice.number}.pdf`,
      printer: '',
      printed: true,
      printerError: null,
      printerConfigured: true,
      reprint: 0,
    });
    expect(readFileSync(archivedFile(archiveDir, data.archivePath), 'utf8')).toBe(`%PDF-fake FACTURA ${invoice.number}`);
    const page = engine.rendered[0]!;
    // What prints is the record: its number, its real total, the company; and the host's stylesheet.
    expect(page.html).toContain(`>${invoice.number}<`);
    expect(page.html).toContain(money(invoice.total));
    expect(page.html).toContain('ORIGINAL — USUARIO');
    expect(page.html).toContain('COPIA — SOPORTE');
    expect(page.html).toContain(TEST_CSS);
    expect(page.paper).toBe('CARTA');
    expect(engine.printed.map((p) => p.printer)).toEqual(['']);
    expect(office.sqlite.prepare('SELECT * FROM print_log').all()).toEqual([
      expect.objectContaining({
        document_type: 'FACTURA',
        document_number: invoice.number,
        reprint: 0,
        archive_path: data.archivePath,
        printer_error: null,
        printer_answered_at: '2026-11-23T14:00:00.000Z',
        workstation: 'VENTANILLA-01',
      }),
    ]);
    const audit = office.sqlite
      .prepare("SELECT procedure, username FROM audit WHERE procedure LIKE 'documents.%' ORDER BY id")
      .all();
    expect(audit).toEqual([
      { procedure: 'documents.recordPrint', username: 'asesor' },
      { procedure: 'documents.recordPrinterAnswer', username: 'asesor' },
    ]);
  });

  it('takes no HTML, stylesheet or reprint number from the client: a forged request changes nothing', async () => {
    const almacen = office.login('almacen');
    const { number } = sampleFactura(office, office.login('asesor'));
    const forged = { ...factura(number), reprint: 0, html: '<h1>FACTURA</h1><p>TOTAL $ 1 PAGADA</p>', css: '' };
    const refused = await print(almacen, forged);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Llaves desconocidas: "reprint", "html", "css"' },
    });
    const informe = await print(office.login('cajero'), { type: 'INFORME_DIARIO', number: 'INF-2026-11-23' });
    expect(informe).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(engine.rendered).toHaveLength(0);
    expect(archivedFiles(archiveDir)).toEqual([]);
    expect(office.count('print_log')).toBe(0);
  });

  it('prints the next copy as REIMPRESIÓN 1, with its own archived file', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    ok(await print(asesor, factura(number)));
    const again = ok(await print(asesor, factura(number)));
    expect(again.archivePath).toBe(`2026/11/FACTURA/${number}-R1.pdf`);
    expect(engine.rendered[1]!.title).toBe(`FACTURA ${number} REIMPRESIÓN 1`);
    expect(engine.rendered[1]!.html).toContain('REIMPRESIÓN 1');
    expect(engine.rendered[0]!.html).not.toContain('REIMPRESIÓN');
  });

  it('gives two clicks at once two copies, one ORIGINAL and REIMPRESIÓN 1', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    const results = await Promise.all([print(asesor, factura(number)), print(asesor, factura(number))]);
    expect(results.map((r) => ok(r).reprint).sort()).toEqual([0, 1]);
    expect(office.count('print_log')).toBe(2);
  });

  it('when another puesto logs the same copy first, removes its own PDF and prints the next reprint', async () => {
    const asesor = office.login('asesor');
    const other = office.login('asesor2');
    const { number } = sampleFactura(office, asesor);
    let raced = false;
    const racing: Dispatch = (session, name, input, options) => {
      if (name === 'documents.recordPrint' && !raced) {
        raced = true;
        const theirs = { type: 'FACTURA', number, reprint: 0, archivePath: `2026/11/FACTURA/${number}_2.pdf`, printer: '' };
        ok(office.dispatch(other, name, theirs, { internal: true }));
      }
      return office.dispatch(session, name, input, options);
    };
    const mine = ok(await printWith(serviceWith(racing), asesor, factura(number)));
    expect(mine.reprint).toBe(1);
    expect(archivedFiles(archiveDir)).toEqual([`2026/11/FACTURA/${number}-R1.pdf`]);
    expect(engine.printed.map((p) => p.page.title)).toEqual([`FACTURA ${number} REIMPRESIÓN 1`]);
  });

  it("uses this workstation's printers and paper: documents on its paper, receipts on the 80 mm roll", async () => {
    ok(
      office.call(office.login('admin'), 'printing.setConfig', {
        documentPrinter: 'HP LaserJet',
        receiptPrinter: 'EPSON TM-T20',
        paper: 'OFICIO',
      }),
    );
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    expect(ok(await print(asesor, factura(number))).printer).toBe('HP LaserJet');
    const roll = await print(asesor, { ...factura(number), target: 'RECEIPT' });
    expect(roll).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(engine.rendered.map((p) => p.paper)).toEqual(['OFICIO']);
    expect(engine.printed.map((p) => p.printer)).toEqual(['HP LaserJet']);
  });

  it('keeps an admin test page apart from the business documents', async () => {
    const data = ok(await print(office.login('admin'), { type: 'PRUEBA', number: 'PRUEBA-VENTANILLA-01' }));
    expect(data.archivePath).toBe('PRUEBAS/2026/11/PRUEBA-VENTANILLA-01.pdf');
    expect(engine.rendered[0]!.html).toContain('PÁGINA DE PRUEBA DE IMPRESIÓN');
    expect((await print(office.login('asesor'), { type: 'PRUEBA', number: 'PRUEBA-VENTANILLA-01' })).ok).toBe(false);
  });

  it('still archives and logs when the printer fails, and records its answer in Spanish', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    engine.failPrint = new PrinterError('La impresora «HP» no tiene papel.');
    const data = ok(await print(asesor, factura(number)));
    expect(data).toMatchObject({ printed: false, printerError: 'La impresora «HP» no tiene papel.' });
    expect(archivedFiles(archiveDir)).toEqual([data.archivePath]);
    expect(office.sqlite.prepare('SELECT printer_error AS e FROM print_log').get()).toEqual({ e: data.printerError });

    engine.failPrint = new TypeError('driver exploded');
    const second = ok(await print(asesor, factura(number)));
    expect(second.printerError).toBe('No se pudo imprimir en la impresora predeterminada.');
    expect(logged.some((m) => m.includes('la impresora falló'))).toBe(true);
    expect(office.count('print_log')).toBe(2);
  });

  it('tells a computer without any printer from a printer that failed: the PDF was all there was to make', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    engine.failPrint = new PrinterError(
      'No hay impresora disponible en este equipo: no está instalado el sistema de impresión (CUPS).',
    );
    engine.printers = async () => [];
    const none = ok(await print(asesor, factura(number)));
    expect(none).toMatchObject({ printed: false, printerConfigured: false, printer: '' });
    expect(none.printerError).toMatch(/impresora/);
    expect(archivedFiles(archiveDir)).toEqual([none.archivePath]);

    // The computer has a printer, but it did not take the job: a failure to warn about.
    engine.printers = async () => [{ name: 'HP LaserJet', isDefault: true }];
    expect(ok(await print(asesor, factura(number)))).toMatchObject({ printed: false, printerConfigured: true });

    // A printer named for this workstation that is not there is a failure too, printers or not.
    engine.printers = async () => [];
    ok(
      office.call(office.login('admin'), 'printing.setConfig', {
        documentPrinter: 'HP LaserJet',
        receiptPrinter: '',
        paper: 'CARTA',
      }),
    );
    expect(ok(await print(office.login('asesor'), factura(number)))).toMatchObject({
      printed: false,
      printerConfigured: true,
      printer: 'HP LaserJet',
    });
  });

  it('refuses a document that does not exist, and bad input field by field in Spanish', async () => {
    const asesor = office.login('asesor');
    expect(await print(asesor, factura('FAC-2026-000777'))).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'No existe la factura FAC-2026-000777.' },
    });
    const cases: [unknown, string, string][] = [
      [factura('../../etc/passwd'), 'number', 'Número del documento: solo mayúsculas, números y guiones'],
      [{ ...factura('FAC-2026-000001'), target: 'FAX' }, 'target', 'Impresora: DOCUMENT o RECEIPT'],
      [{ ...factura('FAC-2026-000001'), printer: 'otra' }, '', 'Llave desconocida: "printer"'],
    ];
    for (const [input, field, message] of cases) {
      expect(await print(asesor, input)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION', issues: [{ field, message }] },
      });
    }
    expect(engine.rendered).toHaveLength(0);
    expect(archivedFiles(archiveDir)).toEqual([]);
  });

  it('refuses calls without a session or before the first password change', async () => {
    const { number } = sampleFactura(office);
    expect(await print(null, factura(number))).toMatchObject({ ok: false, error: { code: 'SESSION_REQUIRED' } });
    expect(await print('sesion-falsa', { nonsense: true })).toMatchObject({ ok: false, error: { code: 'SESSION_REQUIRED' } });
    office.sqlite.prepare("UPDATE users SET must_change_password = 1 WHERE username = 'cajero'").run();
    expect(await print(office.login('cajero'), factura(number))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(engine.rendered).toHaveLength(0);
    expect(office.count('print_log')).toBe(0);
  });

  it('neither archives nor logs when the PDF cannot be rendered or archived', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    engine.failPdf = new Error('Target page, context or browser has been closed');
    expect(await print(asesor, factura(number))).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/^No se pudo generar el PDF/) },
    });
    engine.failPdf = null;
    const blocked = path.join(archiveDir, 'bloqueo');
    writeFileSync(blocked, '');
    expect(await printWith(serviceWith(office.dispatch, blocked), asesor, factura(number))).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/^No se pudo guardar el PDF/) },
    });
    expect(engine.printed).toHaveLength(0);
    expect(office.count('print_log')).toBe(0);
  });
});

describe('print.printers and the invoker', () => {
  it("lists this computer's printers for a logged-in user only", async () => {
    expect(ok(await service.handle(office.login('admin'), 'print.printers', {}))).toEqual({
      mode: 'browser',
      printers: [{ name: 'HP LaserJet', isDefault: true }],
    });
    expect((await service.handle(null, 'print.printers', {})).ok).toBe(false);
  });

  it('sends print.* to the print service and everything else to dispatch, internal procedures to nobody', async () => {
    const invoke = createInvoker(office.dispatch, service);
    const admin = office.login('admin');
    expect(ok(await invoke(admin, 'print.printers', {}))).toMatchObject({ mode: 'browser' });
    expect(ok(await invoke(admin, 'printing.config', {}))).toMatchObject({ workstation: 'VENTANILLA-01' });
    expect(await invoke(admin, 'print.nada', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    const record = { type: 'PRUEBA', number: 'PRUEBA-VENTANILLA-01', reprint: 0, archivePath: 'x.pdf', printer: '' };
    expect(await invoke(admin, 'documents.recordPrint', record)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_PROCEDURE' },
    });
    expect(await createInvoker(office.dispatch)(admin, 'print.printers', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_PROCEDURE', message: 'La impresión no está disponible en esta ejecución de Ventanilla.' },
    });
  });
});
