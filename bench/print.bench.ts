import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ChromiumMissingError, createChromiumEngine } from '../electron/printing/chromium-engine';
import { wrapPage } from '../electron/printing/page';
import { report } from './stats';

/**
 * IMPRIMIR in browser mode: HTML → PDF of a two-copy factura with Chromium (the warm browser
 * of electron/printing/chromium-engine.ts). The page has the shape FacturaDocument prints —
 * header with the logo, company, code table and a Code 128 barcode as SVG, three product
 * lines, totals, observation, signature block, one copy a page — and the documents' real
 * print stylesheet.
 */

const root = path.resolve(import.meta.dirname, '..');
const RUNS = 30;

function logo(): string {
  const file = path.join(root, 'build', 'icon.png');
  return existsSync(file) ? `data:image/png;base64,${readFileSync(file).toString('base64')}` : '';
}

function barcode(value: string): string {
  // Deterministic bars of Code 128's density: 11 modules a character plus start, check and stop.
  const modules = (value.length + 3) * 11 + 2;
  const bars = Array.from({ length: modules }, (_, i) => ((i * 7 + value.charCodeAt(i % value.length)) % 3 === 0 ? i : -1))
    .filter((i) => i >= 0)
    .map((i) => `<rect x="${i}" y="0" width="1" height="40"/>`)
    .join('');
  return `<div class="doc-barcode"><svg class="doc-barcode-bars" viewBox="0 0 ${modules} 40" preserveAspectRatio="none">${bars}</svg><div class="doc-barcode-text">${value}</div></div>`;
}

const LINES = [
  ['COR', 'CORTE', 38_500],
  ['REC', 'RECONEXIÓN DEL SERVICIO', 52_300],
  ['RAC', 'RECUPERACIÓN ACUEDUCTO CARTERA', 18_900],
] as const;

const money = (n: number) =>
  new Intl.NumberFormat('es-CO', { style: 'currency', currency: 'COP', maximumFractionDigits: 0 }).format(n);

function copy(label: string, signer: { role: string; name: string; id: string }, image: string): string {
  const number = 'FAC-2026-000123';
  const rows = LINES.map(
    ([code, name, price], i) =>
      `<tr><td class="doc-center">${i + 1}</td><td>${code}</td><td>${name}</td><td class="doc-center">1</td><td class="doc-money">${money(price)}</td><td class="doc-money">${money(price)}</td></tr>`,
  ).join('');
  const total = LINES.reduce((sum, [, , price]) => sum + price, 0);
  return `<section class="doc-page" aria-label="FACTURA ${number} — ${label}">
<div class="doc-copy-bar"><span class="doc-copy-label">${label}</span></div>
<header class="doc-header">
  ${image ? `<div class="doc-header-logo"><img src="${image}" alt="Logo"></div>` : ''}
  <div class="doc-header-company"><div class="doc-company-name">AGUAS DE FLORENCIA DEMO S.A. E.S.P.</div><div>NIT 900123456-8</div>
  <div>Carrera 11 # 15-32, Centro · Tel. (608) 435 0000 · Florencia, Caquetá</div><div class="doc-title">SOLICITUD DE TRÁMITE — FACTURA</div></div>
  <div class="doc-header-id"><table><tbody><tr><th>Código</th><td>SC-PQRS-PRO-011</td></tr><tr><th>Versión</th><td>01</td></tr>
  <tr><th>Número</th><td class="doc-number">${number}</td></tr><tr><th>Fecha</th><td>23/11/2026 9:00 a. m.</td></tr></tbody></table>${barcode(number)}</div>
</header>
<div class="doc-body">
  <div class="doc-section-title">Suscriptor</div>
  <div class="doc-fields"><div>Código <b>100004</b></div><div>Nombre <b>MARÍA FERNANDA PERDOMO CUÉLLAR</b></div><div>Dirección <b>Calle 12 # 8-45 Barrio La Estrella</b></div><div>Ruta <b>01-002</b></div></div>
  <div class="doc-section-title">Solicitante</div>
  <div class="doc-fields"><div>Tercero <b>MARÍA FERNANDA PERDOMO CUÉLLAR</b></div><div>Cédula <b>CC 40.781.235</b></div><div>Forma de pago <b>CONTADO</b></div></div>
  <table class="doc-table"><thead><tr><th>#</th><th>Código</th><th>Producto</th><th>Cant.</th><th>Valor unitario</th><th>Valor</th></tr></thead>
  <tbody>${rows}</tbody><tfoot><tr class="doc-total"><td colspan="5">TOTAL</td><td class="doc-money">${money(total)}</td></tr></tfoot></table>
  <p class="doc-amount-words">Son: ciento nueve mil setecientos pesos m/cte.</p>
  <p class="doc-note">Observación: Código 100004, ruta 01-002, reconexión del servicio.</p>
  <p class="doc-small">Pague antes del 03/12/2026 en la caja de la oficina o en los bancos autorizados.</p>
</div>
<div class="doc-signatures"><div class="doc-signature"><div class="doc-signature-line"></div><div class="doc-signature-name">${signer.name}</div>
<div class="doc-signature-id">${signer.id}</div><div class="doc-signature-role">${signer.role}</div></div></div>
</section>`;
}

/** Renders the page once to warm the browser, then RUNS times; prints p50/p95. */
export async function benchPrint(): Promise<void> {
  console.log('\nIMPRIMIR (modo navegador): HTML → PDF con Chromium');
  const engine = createChromiumEngine({ env: process.env });
  const image = logo();
  const css = readFileSync(path.join(root, 'renderer', 'src', 'documents', 'documents.css'), 'utf8');
  const html = `<div class="doc">${copy('ORIGINAL — USUARIO', { role: 'Asesor', name: 'LUZ DARY PLAZA', id: 'CC 40.781.235' }, image)}${copy(
    'COPIA — SOPORTE',
    { role: 'Usuario', name: 'MARÍA FERNANDA PERDOMO CUÉLLAR', id: 'CC 1.117.512.334' },
    image,
  )}</div>`;
  const page = wrapPage({ html, css, paper: 'CARTA', title: 'FACTURA FAC-2026-000123' });
  try {
    const first = performance.now();
    const pdf = await engine.toPdf(page);
    const launch = performance.now() - first;
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await engine.toPdf(page);
      samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const at = (p: number) => samples[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)]!;
    console.log(
      `  first PDF (launches Chromium): ${launch.toFixed(0)} ms, ${(pdf.length / 1024).toFixed(0)} KB, page ${(html.length / 1024).toFixed(0)} KB of HTML`,
    );
    report(
      'factura, 2 copies, Carta → PDF (warm browser)',
      { p50: at(50), p95: at(95), p99: at(99), runs: RUNS },
      'p95 < 500 ms',
    );
  } catch (error) {
    if (!(error instanceof ChromiumMissingError)) throw error;
    console.log(`  omitido: ${error.message}`);
  } finally {
    await engine.close();
  }
}
