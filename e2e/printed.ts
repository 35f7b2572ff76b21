import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, type Locator } from '@playwright/test';

/** What a print archived, read back with poppler-utils (pdfinfo, pdftotext). */
export interface ArchivedPdf {
  /** Where the outcome said it went, relative to the archive ("2026/11/FACTURA/…pdf"). */
  relative: string;
  /** The file itself, inside the host's archive folder. */
  path: string;
  pages: number;
  pageSize: string;
  text: string;
}

const ARCHIVED = /archivado en (.+?\.pdf)/;

/** The PDF named by a print's outcome under its IMPRIMIR button, in the host's archive folder. */
export async function archivedFrom(outcome: Locator, archiveDir: string): Promise<ArchivedPdf> {
  await expect(outcome).toContainText('archivado en', { timeout: 45_000 });
  const said = (await outcome.textContent()) ?? '';
  const relative = ARCHIVED.exec(said)?.[1];
  if (!relative) throw new Error(`Sin ruta del PDF en: ${said}`);
  // The screen names the PDF within the archive, never by a path of this computer.
  expect(path.isAbsolute(relative), said).toBe(false);
  const file = path.join(archiveDir, ...relative.split('/'));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  return {
    relative,
    path: file,
    pages: Number(/^Pages:\s+(\d+)$/m.exec(info)?.[1]),
    pageSize: /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? '',
    text: text.replace(/[ \t]+/g, ' '),
  };
}

/** Clicks an IMPRIMIR button and reads the PDF it archived, from the outcome under the button. */
export async function printAndRead(button: Locator, archiveDir: string, expectReprint = 0): Promise<ArchivedPdf> {
  await button.click();
  const outcome = button.locator('xpath=..').getByRole('alert');
  await expect(outcome).toContainText('archivado en', { timeout: 30_000 });
  if (expectReprint > 0) await expect(outcome).toContainText(`REIMPRESIÓN ${expectReprint}`);
  return archivedFrom(outcome, archiveDir);
}

/** A PDF's first page as PNG next to the screenshots, to look at what was printed. */
export function pdfPagePng(pdf: string, out: string, dpi = 60): void {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', pdf, out]);
}
