import type { PaperSize } from '../../db/schema/enums';
import type { PrintPage } from './engine';

/**
 * CSS page size per paper. Colombian "oficio" is 216 × 330 mm (not US Legal, 8.5 × 14 in).
 * A receipt roll has no page height, but Chromium needs one: each copy is one 80 mm × 297 mm
 * page and the receipt printer's driver cuts after the content.
 */
export const PAGE_SIZES: Record<PaperSize, { width: string; height: string; margin: string }> = {
  CARTA: { width: '8.5in', height: '11in', margin: '12mm' },
  OFICIO: { width: '216mm', height: '330mm', margin: '12mm' },
  ROLLO_80MM: { width: '80mm', height: '297mm', margin: '3mm' },
};

/**
 * Nothing in a printed page runs or loads: no scripts, no network, images only inline
 * (the logo is a data: URL), styles only the inline stylesheet.
 */
export const PRINT_PAGE_CSP =
  "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export interface PageContent {
  /** The printed body: both labelled copies, rendered by the print service from the record. */
  html: string;
  /** The documents' print stylesheet. */
  css: string;
  paper: PaperSize;
  /** The PDF's title, e.g. "FACTURA FAC-2026-000001". */
  title: string;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A stylesheet cannot close its own <style> element and inject markup. */
const safeCss = (css: string) => css.replace(/<\/(style)/gi, '<\\/$1');

/**
 * The standalone page the print engines render: UTF-8, locked down, sized for the paper.
 * The documents' stylesheet may set margins; the page size comes last, from the workstation's paper.
 */
export function wrapPage({ html, css, paper, title }: PageContent): PrintPage {
  const size = PAGE_SIZES[paper];
  const page = `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PRINT_PAGE_CSP}">
<title>${escapeText(title)}</title>
<style>
@page { margin: ${size.margin}; }
html, body { margin: 0; padding: 0; background: #fff; }
</style>
<style>
${safeCss(css)}
</style>
<style>
@page { size: ${size.width} ${size.height}; }
</style>
</head>
<body>
${html}
</body>
</html>
`;
  return { html: page, paper, title };
}
