import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type TestOffice, ok, testOffice } from '../../db/testing';
import type { AppInput, Result } from '../core/contract';
import { sampleFactura } from '../core/documents/documents.fixtures';
import { type PrintEngine, type PrintPage, PrinterError } from './engine';
import { createInvoker } from './invoker';
import { type PrintService, createPrintService } from './print-service';

/** An engine that renders "PDFs" instantly and prints or fails as told. */
function fakeEngine() {
  const engine = {
    mode: 'browser' as const,
    rendered: [] as PrintPage[],
    printed: [] as { page: PrintPage; printer: string }[],
    failPdf: null as Error | null,
    failPrint: null as Error | null,
    async toPdf(page: PrintPage) {
      if (engine.failPdf) throw engine.failPdf;
      engine.rendered.push(page);
      return Buffer.from(`%PDF-fake ${page.title}`);
    },
    async print(page: PrintPage, printer: string) {
      if (engine.failPrint) throw engine.failPrint;
      engine.printed.push({ page, printer });
    },
    printers: async () => [{ name: 'HP LaserJet', isDefault: true }],
    close: async () => undefined,
  } satisfies PrintEngine & Record<string, unknown>;
  return engine;
}

let archiveDir: string;
let office: TestOffice;
let engine: ReturnType<typeof fakeEngine>;
let service: PrintService;
let logged: string[];

beforeEach(() => {
  archiveDir = mkdtempSync(path.join(tmpdir(), 'ventanilla-print-test-'));
  office = testOffice();
  engine = fakeEngine();
  logged = [];
  service = createPrintService({
    dispatch: office.dispatch,
    core: office,
    engine,
    archiveDir,
    clock: office.clock,
    log: (message) => logged.push(message),
  });
});
afterEach(() => {
  office.close();
  rmSync(archiveDir, { recursive: true, force: true });
});

const BODY = '<section class="copy">ORIGINAL — USUARIO</section><section class="copy">COPIA — SOPORTE</section>';

function printInput(number: string, overrides: Partial<AppInput<'print.document'>> = {}): AppInput<'print.document'> {
  return {
    type: 'FACTURA',
    number,
    reprint: 0,
    target: 'DOCUMENT',
    html: BODY,
    css: '.copy { break-after: page; }',
    ...overrides,
  };
}

async function print(session: string | null, input: unknown) {
  return (await service.handle(session, 'print.document', input)) as Result<{
    archivePath: string;
    printer: string;
    printed: boolean;
    printerError: string | null;
    reprint: number;
  }>;
}

const archived = (): string[] =>
  existsSync(archiveDir) ? (readdirSync(archiveDir, { recursive: true }) as string[]).filter((f) => f.endsWith('.pdf')) : [];

describe('print.document', () => {
  it('renders both copies, archives the PDF, prints to the default printer and logs who and where', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    const data = ok(await print(asesor, printInput(number)));
    expect(data).toEqual({
      archivePath: path.join(archiveDir, '2026', '11', 'FACTURA', `${number}.pdf`),
      printer: '',
      printed: true,
      printerError: null,
      reprint: 0,
    });
    expect(readFileSync(data.archivePath, 'utf8')).toBe(`%PDF-fake FACTURA ${number}`);
    expect(engine.rendered[0]!.html).toContain(BODY);
    expect(engine.rendered[0]!.paper).toBe('CARTA');
    expect(engine.printed.map((p) => p.printer)).toEqual(['']);
    const log = office.sqlite.prepare('SELECT * FROM print_log').all();
    expect(log).toEqual([
      expect.objectContaining({
        document_type: 'FACTURA',
        document_number: number,
        reprint: 0,
        archive_path: data.archivePath,
        printer: '',
        printer_error: null,
        printed_at: '2026-11-23T14:00:00.000Z',
        workstation: 'VENTANILLA-01',
      }),
    ]);
    const audit = office.sqlite
      .prepare("SELECT username, record_type, record_id FROM audit WHERE procedure = 'print.document'")
      .all();
    expect(audit).toEqual([{ username: 'asesor', record_type: 'FACTURA', record_id: number }]);
  });

  it('marks the next print REIMPRESIÓN 1 with its own archived file', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    ok(await print(asesor, printInput(number)));
    const again = ok(await print(asesor, printInput(number, { reprint: 1 })));
    expect(path.basename(again.archivePath)).toBe(`${number}-R1.pdf`);
    expect(engine.rendered[1]!.title).toBe(`FACTURA ${number} REIMPRESIÓN 1`);
    expect(ok(office.call(asesor, 'documents.printStatus', { type: 'FACTURA', number })).prints).toBe(2);
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
    expect(ok(await print(asesor, printInput(number))).printer).toBe('HP LaserJet');
    expect(ok(await print(asesor, printInput(number, { reprint: 1, target: 'RECEIPT' }))).printer).toBe('EPSON TM-T20');
    expect(engine.rendered.map((p) => p.paper)).toEqual(['OFICIO', 'ROLLO_80MM']);
    expect(engine.printed.map((p) => p.printer)).toEqual(['HP LaserJet', 'EPSON TM-T20']);
  });

  it('still archives and logs when the printer fails, and says so in Spanish', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    engine.failPrint = new PrinterError('La impresora «HP» no tiene papel.');
    const data = ok(await print(asesor, printInput(number)));
    expect(data.printed).toBe(false);
    expect(data.printerError).toBe('La impresora «HP» no tiene papel.');
    expect(existsSync(data.archivePath)).toBe(true);
    expect(office.sqlite.prepare('SELECT printer_error AS e FROM print_log').get()).toEqual({ e: data.printerError });

    engine.failPrint = new TypeError('driver exploded');
    const second = ok(await print(asesor, printInput(number, { reprint: 1 })));
    expect(second.printerError).toBe(
      'No se pudo imprimir en la impresora predeterminada.',
    );
    expect(logged.some((m) => m.includes('la impresora falló'))).toBe(true);
    expect(office.count('print_log')).toBe(2);
  });

  it('refuses a stale reprint number: another workstation printed it meanwhile', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    ok(await print(asesor, printInput(number)));
    const stale = await print(asesor, printInput(number, { reprint: 0 }));
    expect(stale).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: 'Este documento ya se imprimió de nuevo en otro puesto; vuelva a imprimir.' },
    });
    expect((await print(asesor, printInput(number, { reprint: 5 }))).ok).toBe(false);
    expect(archived()).toHaveLength(1);
    expect(office.count('print_log')).toBe(1);
    expect(engine.rendered).toHaveLength(1);
  });

  it('prints a document once when two clicks arrive together', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    const results = await Promise.all([print(asesor, printInput(number)), print(asesor, printInput(number))]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(office.count('print_log')).toBe(1);
  });

  it('refuses a document that does not exist', async () => {
    const asesor = office.login('asesor');
    const result = await print(asesor, printInput('FAC-2026-000777'));
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No existe la factura FAC-2026-000777.' } });
    const notVoided = await print(asesor, printInput(sampleFactura(office, asesor).number, { type: 'ANULACION_FACTURA' }));
    expect(!notVoided.ok && notVoided.error.code).toBe('NOT_FOUND');
    expect(engine.rendered).toHaveLength(0);
    expect(archived()).toEqual([]);
  });

  it('refuses bad input field by field in Spanish, and writes nothing', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    const cases: [unknown, string, string][] = [
      [printInput('../../etc/passwd'), 'number', 'Número del documento: solo mayúsculas, números y guiones'],
      [printInput(number, { html: '' }), 'html', 'Documento: está vacío'],
      [
        printInput(number, { html: 'x'.repeat(6 * 1024 * 1024 + 1) }),
        'html',
        'Documento: demasiado grande para imprimir (máximo 6 MB)',
      ],
      [printInput(number, { css: 'x'.repeat(512 * 1024 + 1) }), 'css', 'Estilos de impresión: máximo 512 KB'],
      [printInput(number, { reprint: -1 }), 'reprint', 'Reimpresión: no puede ser negativa'],
      [printInput(number, { reprint: 0.5 }), 'reprint', 'Reimpresión: un número entero'],
      [{ ...printInput(number), printer: 'otra' }, '', 'Llave desconocida: "printer"'],
      [printInput(number, { target: 'FAX' as 'DOCUMENT' }), 'target', 'Impresora: DOCUMENT o RECEIPT'],
    ];
    for (const [input, field, message] of cases) {
      const result = await print(asesor, input);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('VALIDATION');
      expect(result.error.issues?.[0]).toEqual({ field, message });
    }
    expect(engine.rendered).toHaveLength(0);
    expect(archived()).toEqual([]);
    expect(office.count('print_log')).toBe(0);
  });

  it('refuses calls without a session or before the first password change', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    const anonymous = await print(null, printInput(number));
    expect(!anonymous.ok && anonymous.error.code).toBe('SESSION_REQUIRED');
    const forged = await print('sesion-falsa', { nonsense: true });
    expect(!forged.ok && forged.error.code).toBe('SESSION_REQUIRED');
    office.sqlite.prepare("UPDATE users SET must_change_password = 1 WHERE username = 'cajero'").run();
    const fresh = await print(office.login('cajero'), printInput(number));
    expect(!fresh.ok && fresh.error.code).toBe('FORBIDDEN');
    expect(engine.rendered).toHaveLength(0);
    expect(office.count('print_log')).toBe(0);
  });

  it('neither archives nor logs when the PDF cannot be rendered or archived', async () => {
    const asesor = office.login('asesor');
    const { number } = sampleFactura(office, asesor);
    engine.failPdf = new Error('Target page, context or browser has been closed');
    const noPdf = await print(asesor, printInput(number));
    expect(noPdf).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/^No se pudo generar el PDF/) },
    });

    engine.failPdf = null;
    const blocked = path.join(archiveDir, 'bloqueo');
    writeFileSync(blocked, '');
    const blockedService = createPrintService({
      dispatch: office.dispatch,
      core: office,
      engine,
      archiveDir: blocked,
      clock: office.clock,
      log: () => undefined,
    });
    const noArchive = await blockedService.handle(asesor, 'print.document', printInput(number));
    expect(noArchive).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/^No se pudo guardar el PDF/) },
    });
    expect(engine.printed).toHaveLength(0);
    expect(office.count('print_log')).toBe(0);
  });
});

describe('print.printers', () => {
  it("lists this computer's printers for a logged-in user only", async () => {
    expect(ok(await service.handle(office.login('admin'), 'print.printers', {}))).toEqual({
      mode: 'browser',
      printers: [{ name: 'HP LaserJet', isDefault: true }],
    });
    expect((await service.handle(null, 'print.printers', {})).ok).toBe(false);
  });
});

describe('invoker', () => {
  it('sends print.* to the print service and everything else to dispatch', async () => {
    const invoke = createInvoker(office.dispatch, service);
    const admin = office.login('admin');
    expect(ok(await invoke(admin, 'print.printers', {}))).toMatchObject({ mode: 'browser' });
    expect(ok(await invoke(admin, 'printing.config', {}))).toMatchObject({ workstation: 'VENTANILLA-01' });
    expect(await invoke(admin, 'print.nada', {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    expect(await createInvoker(office.dispatch)(admin, 'print.printers', {})).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_PROCEDURE', message: 'La impresión no está disponible en esta ejecución de Ventanilla.' },
    });
  });
});
