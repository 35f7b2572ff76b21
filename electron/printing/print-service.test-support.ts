import { existsSync, readdirSync } from 'node:fs';
import type { Result } from '../core/contract';
import type { PrintDocumentOutput } from '../core/contract/print.contract';
import type { PrintEngine, PrintPage } from './engine';
import type { PrintHandler } from './print-service';

/** An engine that renders "PDFs" instantly (the page's title) and prints or fails as told. */
export function fakeEngine() {
  const engine = {
    mode: 'browser' as const,
    rendered: [] as PrintPage[],
    printed: [] as { page: PrintPage; printer: string; pdf: Buffer }[],
    failPdf: null as Error | null,
    failPrint: null as Error | null,
    async toPdf(page: PrintPage) {
      if (engine.failPdf) throw engine.failPdf;
      engine.rendered.push(page);
      return Buffer.from(`%PDF-fake ${page.title}`);
    },
    async print(page: PrintPage, printer: string, pdf: Buffer) {
      if (engine.failPrint) throw engine.failPrint;
      engine.printed.push({ page, printer, pdf });
    },
    printers: async () => [{ name: 'HP LaserJet', isDefault: true }],
    close: async () => undefined,
  } satisfies PrintEngine & Record<string, unknown>;
  return engine;
}

/** The print stylesheet the tests give the service in place of documents.css. */
export const TEST_CSS = '.doc-page { break-after: page; } /* hoja de prueba */';

export async function printWith(service: PrintHandler, session: string | null, input: unknown) {
  return (await service.handle(session, 'print.document', input)) as Result<PrintDocumentOutput>;
}

/** Every PDF in the archive, relative to it with forward slashes, sorted. */
export const archivedFiles = (archiveDir: string): string[] =>
  existsSync(archiveDir)
    ? (readdirSync(archiveDir, { recursive: true }) as string[])
        .filter((f) => f.endsWith('.pdf'))
        .map((f) => f.split(/[\\/]/).join('/'))
        .sort()
    : [];
