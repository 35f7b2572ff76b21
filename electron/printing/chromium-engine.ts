import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { type PrintEngine, type PrintPage } from './engine';
import { type RunCommand, cupsPrint, cupsPrinters, runCommand } from './cups';

/**
 * Browser mode: the same HTML the desktop app prints, rendered to PDF by a headless Chromium
 * kept warm (one browser for the life of the host, relaunched if it dies), and sent to paper
 * through CUPS.
 */

export const CHROMIUM_ENV = 'VENTANILLA_CHROMIUM';
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Headless and quiet: no network of its own, no updates, Spanish (Colombia) for dates and numbers. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--lang=es-CO',
];

/** A page that takes longer than this to load or render is given up (a hung browser). */
const RENDER_TIMEOUT_MS = 30_000;

export class ChromiumMissingError extends Error {
  override readonly name = 'ChromiumMissingError';
}

/** VENTANILLA_CHROMIUM when set, else the first browser installed in the usual places. */
export function findChromium(env: NodeJS.ProcessEnv, exists: (file: string) => boolean = existsSync): string {
  const configured = env[CHROMIUM_ENV]?.trim();
  if (configured) {
    if (exists(configured)) return configured;
    throw new ChromiumMissingError(
      `No se encontró Chromium en ${configured} (${CHROMIUM_ENV}): corrija la ruta para poder generar los PDF.`,
    );
  }
  const found = CHROMIUM_CANDIDATES.find(exists);
  if (found) return found;
  throw new ChromiumMissingError(
    `No se encontró Chromium para generar los PDF: instálelo (apt-get install chromium) o indique su ruta en ${CHROMIUM_ENV}.`,
  );
}

export interface ChromiumEngineOptions {
  env?: NodeJS.ProcessEnv;
  /** Skips the search, e.g. for a bench. */
  executablePath?: string;
  run?: RunCommand;
}

export function createChromiumEngine(options: ChromiumEngineOptions = {}): PrintEngine {
  const run = options.run ?? runCommand;
  let starting: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  // A tab kept open between prints: opening one costs about as much as rendering a page.
  let idleTab: Page | null = null;

  async function launch(): Promise<{ browser: Browser; context: BrowserContext }> {
    const executablePath = options.executablePath ?? findChromium(options.env ?? process.env);
    // Loaded on first print: the host starts fast and a missing module only affects printing.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
    // Printed pages load nothing from the network and run no scripts (the page's CSP says so too).
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, locale: 'es-CO' });
    return { browser, context };
  }

  /** The warm browser, launched on first use and again after a crash. */
  async function warm(): Promise<BrowserContext> {
    const current = starting;
    if (current) {
      const ready = await current.catch(() => null);
      if (ready?.browser.isConnected()) return ready.context;
      // Another print noticed first and is already relaunching: share its browser.
      if (starting !== current) return warm();
    }
    const stale = current;
    const attempt = (async () => {
      await (await stale?.catch(() => null))?.browser.close().catch(() => undefined);
      return launch();
    })();
    // Set before any await, so a print arriving meanwhile waits for this launch instead of starting another.
    starting = attempt;
    attempt.catch(() => {
      if (starting === attempt) starting = null;
    });
    return (await attempt).context;
  }

  return {
    mode: 'browser',

    async toPdf(page: PrintPage): Promise<Buffer> {
      const context = await warm();
      let tab = idleTab?.context() === context && !idleTab.isClosed() ? idleTab : null;
      idleTab = null;
      if (!tab) {
        tab = await context.newPage();
        tab.setDefaultTimeout(RENDER_TIMEOUT_MS);
      }
      let reusable = false;
      try {
        await tab.setContent(page.html, { waitUntil: 'load' });
        const pdf = await tab.pdf({ preferCSSPageSize: true, printBackground: true });
        reusable = true;
        return pdf;
      } finally {
        // A tab that failed is not trusted again; a second concurrent tab is not kept.
        if (reusable && idleTab === null) idleTab = tab;
        else await tab.close().catch(() => undefined);
      }
    },

    print: (page, printerName, pdf) => cupsPrint(pdf, printerName, page.paper, page.title, run),

    printers: () => cupsPrinters(run),

    async close() {
      const current = starting;
      starting = null;
      idleTab = null;
      const started = await current?.catch(() => null);
      await started?.browser.close().catch(() => undefined);
    },
  };
}
