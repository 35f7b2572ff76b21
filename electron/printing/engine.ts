import type { PaperSize } from '../../db/schema/enums';
import type { PrinterInfo } from '../core/contract/print.contract';

/** A document ready to render: a whole standalone HTML page (see page.ts) and its paper. */
export interface PrintPage {
  html: string;
  paper: PaperSize;
  /** The print job's name, e.g. "FACTURA FAC-2026-000001". */
  title: string;
}

/**
 * What turns a page into a PDF and paper. Two implementations: the desktop app's hidden
 * Electron window (electron/main/printer.ts) and browser mode's Chromium + CUPS
 * (chromium-engine.ts). Tests use a fake.
 */
export interface PrintEngine {
  readonly mode: 'desktop' | 'browser';
  toPdf(page: PrintPage): Promise<Buffer>;
  /**
   * Sends the page to a printer ('' = the system default), silently. Throws PrinterError with
   * a Spanish message when the printer cannot print it. `pdf` is the page already rendered,
   * for engines that print PDFs rather than HTML.
   */
  print(page: PrintPage, printerName: string, pdf: Buffer): Promise<void>;
  /** The printers this computer can use. */
  printers(): Promise<PrinterInfo[]>;
  close(): Promise<void>;
}

/** The printer did not take the job: the message is for the person at the counter. */
export class PrinterError extends Error {
  override readonly name = 'PrinterError';
}

/** Engines say which printer failed the same way. */
export const printerLabel = (printerName: string) =>
  printerName ? `la impresora «${printerName}»` : 'la impresora predeterminada';
