import { randomBytes } from 'node:crypto';
import { unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  PrinterInfo as ElectronPrinterInfo,
  PrintToPDFOptions,
  Session,
  WebContentsPrintOptions,
} from 'electron';
import type { PaperSize } from '../../db/schema/enums';
import type { PrinterInfo } from '../core/contract/print.contract';
import { type PrintEngine, type PrintPage, PrinterError, printerLabel } from '../printing/engine';

/**
 * The desktop app's print engine: one hidden, sandboxed window with JavaScript off renders
 * each page, to PDF (printToPDF) and to the workstation's printer (silent print). Only
 * electron *types* are imported: main.ts passes BrowserWindow in, and the decisions are plain
 * functions Vitest checks without an Electron binary.
 */

/** The hidden window runs nothing: no scripts, no Node, no preload, its own empty session. */
export function printWindowOptions(session: Session): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 816,
    height: 1056,
    webPreferences: {
      session,
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      devTools: false,
      images: true,
    },
  };
}

const MICRONS_PER_MM = 1000;
const MM_PER_INCH = 25.4;

/** Paper in millimetres; the CSS @page of the page (page.ts) says the same. */
const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  CARTA: { width: 215.9, height: 279.4 },
  OFICIO: { width: 216, height: 330 },
  ROLLO_80MM: { width: 80, height: 297 },
};

/** printToPDF takes inches; the CSS page size wins when present (preferCSSPageSize). */
export function pdfOptions(paper: PaperSize): PrintToPDFOptions {
  const mm = PAPER_MM[paper];
  return {
    pageSize: paper === 'CARTA' ? 'Letter' : { width: mm.width / MM_PER_INCH, height: mm.height / MM_PER_INCH },
    printBackground: true,
    preferCSSPageSize: true,
  };
}

/**
 * webContents.print takes microns. '' prints to the system's default printer.
 * A receipt roll takes the paper its driver declares (the roll's width, a length the driver
 * cuts): a roll printer's driver often refuses an 80 × 297 mm custom size ("Invalid printer
 * settings") or feeds the full 297 mm, and the page's CSS already lays the receipt out at 80 mm.
 */
export function printOptions(printerName: string, paper: PaperSize): WebContentsPrintOptions {
  const mm = PAPER_MM[paper];
  return {
    silent: true,
    printBackground: true,
    ...(printerName ? { deviceName: printerName } : {}),
    ...(paper === 'ROLLO_80MM'
      ? { usePrinterDefaultPageSize: true }
      : {
          pageSize:
            paper === 'CARTA'
              ? 'Letter'
              : { width: Math.round(mm.width * MICRONS_PER_MM), height: Math.round(mm.height * MICRONS_PER_MM) },
        }),
  };
}

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Electron's failure reasons ("Print job failed", …) in words for the counter. */
export function printFailureMessage(printerName: string, reason: string): string {
  const label = printerLabel(printerName);
  if (/cancel/i.test(reason)) return `Se canceló la impresión en ${label}.`;
  if (/invalid printer settings/i.test(reason)) {
    return `${capitalized(label)} no acepta este papel o su configuración: revise ADMINISTRACIÓN → Impresión.`;
  }
  if (/devicename|not found|no printer/i.test(reason)) {
    return `${capitalized(label)} no está instalada en este equipo: revise ADMINISTRACIÓN → Impresión.`;
  }
  if (/failed/i.test(reason)) return `${capitalized(label)} no pudo imprimir: revise que esté encendida, conectada y con papel.`;
  return `${capitalized(label)} no pudo imprimir (${reason || 'sin detalle'}).`;
}

/**
 * Refuses a job before it reaches a printer that is not there: Electron would otherwise throw
 * or silently use another one. Electron ≥ 23 no longer says which printer is the default.
 */
export function checkPrinter(printerName: string, installed: readonly { name: string }[]): void {
  if (installed.length === 0)
    throw new PrinterError('No hay impresora disponible en este equipo: instale una o revise que esté conectada.');
  if (printerName && !installed.some((p) => p.name === printerName)) {
    throw new PrinterError(printFailureMessage(printerName, 'not found'));
  }
}

export const printersOf = (list: readonly ElectronPrinterInfo[]): PrinterInfo[] =>
  list.map((p) => ({ name: p.name, isDefault: false }));

/** Electron's print callback as a promise. */
export function silentPrint(
  contents: Pick<BrowserWindow['webContents'], 'print'>,
  options: WebContentsPrintOptions,
  printerName: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    try {
      contents.print(options, (success, failureReason) => {
        if (success) resolve();
        else reject(new PrinterError(printFailureMessage(printerName, failureReason)));
      });
    } catch (error) {
      reject(new PrinterError(printFailureMessage(printerName, error instanceof Error ? error.message : String(error))));
    }
  });
}

export interface ElectronEngineDeps {
  /** Electron's BrowserWindow class (passed in so this file imports only types). */
  BrowserWindow: new (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** A session of its own, hardened by main.ts like the app's. */
  session: Session;
  /** Where the page is written for the window to load (data: URLs are capped at 2 MB). */
  tempDir: string;
}

const PRINT_TIMEOUT_MS = 60_000;
const CLOSED_MESSAGE = 'Se canceló la impresión: Ventanilla se está cerrando.';

export function createElectronEngine(deps: ElectronEngineDeps): PrintEngine {
  let window: BrowserWindow | null = null;
  let loaded: PrintPage | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let closed = false;
  /** The running job's way out, for close(). */
  let cancelRunning: ((error: PrinterError) => void) | null = null;
  let printTimer: ReturnType<typeof setTimeout> | undefined;

  function cancellable<T>(work: () => Promise<T>): Promise<T> {
    if (closed) return Promise.reject(new PrinterError(CLOSED_MESSAGE));
    return new Promise<T>((resolve, reject) => {
      cancelRunning = reject;
      work()
        .then(resolve, reject)
        .finally(() => {
          if (cancelRunning === reject) cancelRunning = null;
        });
    });
  }

  /** One job at a time in the one hidden window; close() ends the running one and those waiting. */
  function exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = queue.then(
      () => cancellable(work),
      () => cancellable(work),
    );
    queue = run.catch(() => undefined);
    return run;
  }

  function discardWindow(): void {
    if (window && !window.isDestroyed()) window.destroy();
    window = null;
    loaded = null;
  }

  function hiddenWindow(): BrowserWindow {
    if (!window || window.isDestroyed()) {
      window = new deps.BrowserWindow(printWindowOptions(deps.session));
      loaded = null;
    }
    return window;
  }

  async function show(page: PrintPage): Promise<BrowserWindow> {
    const target = hiddenWindow();
    if (loaded === page) return target;
    const file = path.join(deps.tempDir, `ventanilla-impresion-${randomBytes(8).toString('hex')}.html`);
    await writeFile(file, page.html, { encoding: 'utf8', mode: 0o600 });
    try {
      await target.loadFile(file);
      loaded = page;
    } finally {
      await unlink(file).catch(() => undefined);
    }
    return target;
  }

  return {
    mode: 'desktop',

    toPdf: (page) =>
      exclusive(async () => {
        const target = await show(page);
        return target.webContents.printToPDF(pdfOptions(page.paper));
      }),

    print: (page, printerName) =>
      exclusive(async () => {
        const target = await show(page);
        checkPrinter(printerName, await target.webContents.getPrintersAsync());
        const timeout = new Promise<never>((_, reject) => {
          printTimer = setTimeout(() => {
            // A print dialog or driver that never answers: start over with a fresh window.
            discardWindow();
            reject(new PrinterError(`${capitalized(printerLabel(printerName))} no respondió a tiempo.`));
          }, PRINT_TIMEOUT_MS);
        });
        try {
          await Promise.race([silentPrint(target.webContents, printOptions(printerName, page.paper), printerName), timeout]);
        } finally {
          clearTimeout(printTimer);
        }
      }),

    printers: () => exclusive(async () => printersOf(await hiddenWindow().webContents.getPrintersAsync())),

    /**
     * At once, not after the job in progress: the hidden window would keep the app running
     * after the counter window closed until the printer answered or the timeout passed.
     */
    close: async () => {
      closed = true;
      clearTimeout(printTimer);
      cancelRunning?.(new PrinterError(CLOSED_MESSAGE));
      discardWindow();
    },
  };
}
