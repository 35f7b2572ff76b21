import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContentsPrintOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PrinterError } from '../printing/engine';
import { wrapPage } from '../printing/page';
import { checkPrinter, createElectronEngine, pdfOptions, printFailureMessage, printOptions, printWindowOptions } from './printer';

describe('print window and options', () => {
  it('is hidden, sandboxed, without JavaScript, Node or preload, on its own session', () => {
    const session = { id: 'impresion' } as unknown as Session;
    const options = printWindowOptions(session);
    expect(options.show).toBe(false);
    expect(options.webPreferences).toMatchObject({
      session,
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      webSecurity: true,
      devTools: false,
    });
    expect(options.webPreferences?.preload).toBeUndefined();
  });

  it('sizes the PDF in inches and the printed page in microns, by paper', () => {
    expect(pdfOptions('CARTA')).toEqual({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true });
    const oficio = pdfOptions('OFICIO').pageSize as { width: number; height: number };
    expect([oficio.width.toFixed(3), oficio.height.toFixed(3)]).toEqual(['8.504', '12.992']);
    expect(printOptions('HP LaserJet', 'OFICIO')).toEqual({
      silent: true,
      printBackground: true,
      deviceName: 'HP LaserJet',
      pageSize: { width: 216_000, height: 330_000 },
    });
    expect(printOptions('HP LaserJet', 'CARTA')).toMatchObject({ pageSize: 'Letter' });
  });

  it("prints a receipt on the roll its printer's driver declares, not on a custom 80 × 297 mm page", () => {
    const receipt = printOptions('Termica', 'ROLLO_80MM');
    expect(receipt).toEqual({ silent: true, printBackground: true, deviceName: 'Termica', usePrinterDefaultPageSize: true });
    // Electron refuses both at once.
    expect(receipt.pageSize).toBeUndefined();
    // The archived PDF keeps the roll's width.
    const pdf = pdfOptions('ROLLO_80MM').pageSize as { width: number; height: number };
    expect(pdf.width.toFixed(3)).toBe('3.150');
  });

  it("turns Electron's failure reasons into Spanish", () => {
    expect(printFailureMessage('HP', 'Print job failed')).toBe(
      'La impresora «HP» no pudo imprimir: revise que esté encendida, conectada y con papel.',
    );
    expect(printFailureMessage('', 'Print job canceled')).toBe('Se canceló la impresión en la impresora predeterminada.');
    expect(printFailureMessage('HP', 'Invalid printer settings')).toMatch(/^La impresora «HP» no acepta este papel/);
    expect(printFailureMessage('HP', 'Invalid deviceName provided')).toMatch(/no está instalada en este equipo/);
    expect(() => checkPrinter('', [])).toThrow(
      new PrinterError('No hay impresora disponible en este equipo: instale una o revise que esté conectada.'),
    );
    expect(() => checkPrinter('Otra', [{ name: 'HP' }])).toThrow(/«Otra» no está instalada/);
    expect(() => checkPrinter('', [{ name: 'HP' }])).not.toThrow();
  });
});

/** A stand-in for BrowserWindow that records what the engine asks of it. null: the printer never answers. */
function fakeElectron(printResult: { success: boolean; reason: string } | null) {
  const log: string[] = [];
  const windows: FakeWindow[] = [];
  class FakeWindow {
    destroyed = false;
    loadedHtml = '';
    readonly webContents = {
      printToPDF: async () => {
        log.push('printToPDF');
        return Buffer.from(`%PDF ${this.loadedHtml.length}`);
      },
      print: (options: WebContentsPrintOptions, callback: (success: boolean, reason: string) => void) => {
        log.push(`print:${options.deviceName ?? ''}`);
        if (printResult) setTimeout(() => callback(printResult.success, printResult.reason), 1);
      },
      getPrintersAsync: async () => [{ name: 'HP', displayName: 'HP', description: '', options: {} }],
    };
    constructor(readonly options: BrowserWindowConstructorOptions) {
      windows.push(this);
    }
    async loadFile(file: string) {
      log.push('load');
      this.loadedHtml = readFileSync(file, 'utf8');
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { log, windows, BrowserWindow: FakeWindow as unknown as new (o: BrowserWindowConstructorOptions) => BrowserWindow };
}

describe('Electron engine', () => {
  let tempDir: string;
  beforeEach(() => {
    tempDir = mkdtempSync(path.join(tmpdir(), 'ventanilla-printer-'));
  });
  afterEach(() => rmSync(tempDir, { recursive: true, force: true }));

  const page = wrapPage({ html: '<p>ORIGINAL — USUARIO</p>', css: '', paper: 'CARTA', title: 'FACTURA FAC-2026-000001' });

  it('loads the page once for its PDF and its print, in one reused hidden window, leaving no temp file', async () => {
    const electron = fakeElectron({ success: true, reason: '' });
    const engine = createElectronEngine({ BrowserWindow: electron.BrowserWindow, session: {} as Session, tempDir });
    const pdf = await engine.toPdf(page);
    expect(pdf.toString()).toMatch(/^%PDF/);
    await engine.print(page, 'HP', pdf);
    await engine.toPdf(wrapPage({ html: '<p>otra</p>', css: '', paper: 'CARTA', title: 'PRUEBA X' }));
    expect(electron.log).toEqual(['load', 'printToPDF', 'print:HP', 'load', 'printToPDF']);
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]!.options.show).toBe(false);
    expect(electron.windows[0]!.loadedHtml).toContain('<p>otra</p>');
    expect(readdirSync(tempDir)).toEqual([]);
    expect(await engine.printers()).toEqual([{ name: 'HP', isDefault: false }]);
    await engine.close();
    expect(electron.windows[0]!.destroyed).toBe(true);
  });

  it('rejects with a Spanish PrinterError when the printer fails or is not installed', async () => {
    const electron = fakeElectron({ success: false, reason: 'Print job failed' });
    const engine = createElectronEngine({ BrowserWindow: electron.BrowserWindow, session: {} as Session, tempDir });
    await expect(engine.print(page, 'HP', Buffer.from(''))).rejects.toThrow(
      new PrinterError('La impresora «HP» no pudo imprimir: revise que esté encendida, conectada y con papel.'),
    );
    await expect(engine.print(page, 'Bodega', Buffer.from(''))).rejects.toThrow(/«Bodega» no está instalada/);
    expect(electron.log.filter((l) => l.startsWith('print:'))).toEqual(['print:HP']);
  });

  it('cancels the job in progress and those waiting at once when closed, so the app can quit', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const electron = fakeElectron(null);
      const engine = createElectronEngine({ BrowserWindow: electron.BrowserWindow, session: {} as Session, tempDir });
      const printing = engine.print(page, 'HP', Buffer.from(''));
      const waiting = engine.toPdf(page);
      const closed = new PrinterError('Se canceló la impresión: Ventanilla se está cerrando.');
      const outcomes = [expect(printing).rejects.toThrow(closed), expect(waiting).rejects.toThrow(closed)];
      await vi.waitFor(() => expect(electron.log).toContain('print:HP'));
      await engine.close();
      await Promise.all(outcomes);
      expect(electron.windows[0]!.destroyed).toBe(true);
      // No 60 s timeout left behind, and no new hidden window after closing.
      expect(vi.getTimerCount()).toBe(0);
      await expect(engine.printers()).rejects.toThrow(closed);
      expect(electron.windows).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });
});
