import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { ChromiumMissingError, createChromiumEngine, findChromium } from './chromium-engine';
import { wrapPage } from './page';

function chromiumOrReason(): { path: string | null; reason: string } {
  try {
    return { path: findChromium(process.env), reason: '' };
  } catch (error) {
    return { path: null, reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Pages of a PDF: poppler's pdfinfo when installed, else the page objects in the file. */
function pageCount(pdf: Buffer): number {
  try {
    const info = execFileSync('pdfinfo', ['-'], { input: pdf, encoding: 'utf8' });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  } catch {
    return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
  }
}

function pdfText(pdf: Buffer): string | null {
  try {
    return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
  } catch {
    return null;
  }
}

describe('findChromium', () => {
  it('takes VENTANILLA_CHROMIUM, else the first known path, else says what to install', () => {
    const exists = (file: string) => file === '/usr/bin/chromium-browser' || file === '/opt/chrome';
    expect(findChromium({ VENTANILLA_CHROMIUM: '/opt/chrome' }, exists)).toBe('/opt/chrome');
    expect(findChromium({}, exists)).toBe('/usr/bin/chromium-browser');
    expect(() => findChromium({ VENTANILLA_CHROMIUM: '/no/existe' }, exists)).toThrow(ChromiumMissingError);
    expect(() => findChromium({}, () => false)).toThrow(/No se encontró Chromium para generar los PDF/);
  });
});

const chromium = chromiumOrReason();
const title = chromium.path
  ? 'renders the two labelled copies as a two-page PDF with real Chromium'
  : `renders a two-page PDF with real Chromium (omitida: ${chromium.reason})`;

describe('chromium engine', () => {
  const engine = createChromiumEngine();
  afterAll(() => engine.close());

  it.skipIf(!chromium.path)(title, async () => {
    const copy = (label: string) =>
      `<section class="copy"><h1>FACTURA FAC-2026-000001</h1><p>${label}</p><p>Reconexión del servicio — $ 90.800</p></section>`;
    const page = wrapPage({
      html: copy('ORIGINAL — USUARIO') + copy('COPIA — SOPORTE'),
      css: '.copy { break-after: page; } .copy:last-child { break-after: auto; }',
      paper: 'CARTA',
      title: 'FACTURA FAC-2026-000001',
    });
    const pdf = await engine.toPdf(page);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBe(2);
    const text = pdfText(pdf);
    if (text !== null) {
      const [first, second] = text.split('\f');
      expect(first).toContain('ORIGINAL — USUARIO');
      expect(second).toContain('COPIA — SOPORTE');
      expect(text).toContain('Reconexión');
    }
    // The warm browser is reused: a second document renders too.
    expect(pageCount(await engine.toPdf(wrapPage({ html: '<p>Prueba</p>', css: '', paper: 'OFICIO', title: 'PRUEBA' })))).toBe(1);
  });

  it.skipIf(!chromium.path)('renders documents printed at the same moment, each whole', async () => {
    const one = wrapPage({ html: '<p>Uno</p>', css: '', paper: 'CARTA', title: 'PRUEBA 1' });
    const two = wrapPage({
      html: '<p>Dos</p><p style="break-before: page">Dos bis</p>',
      css: '',
      paper: 'CARTA',
      title: 'PRUEBA 2',
    });
    const [a, b] = await Promise.all([engine.toPdf(one), engine.toPdf(two)]);
    expect([pageCount(a), pageCount(b)]).toEqual([1, 2]);
  });

  it.skipIf(!chromium.path)('launches the browser again after it was closed', async () => {
    const page = wrapPage({ html: '<p>Prueba</p>', css: '', paper: 'CARTA', title: 'PRUEBA' });
    await engine.toPdf(page);
    await engine.close();
    expect(pageCount(await engine.toPdf(page))).toBe(1);
  });
});
