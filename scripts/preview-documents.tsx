/** @jsxRuntime automatic */
/**
 * Renders every printed document with sample data to PDF, the way the print service does
 * (same wrapper page, Chromium), to look at the layouts without the app:
 *   TZ=America/Bogota npx tsx --tsconfig tsconfig.web.json scripts/preview-documents.tsx <folder>
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { chromium } from 'playwright-core';
import { findChromium } from '../electron/printing/chromium-engine';
import { wrapPage } from '../electron/printing/page';
import { AgreementDocument } from '../renderer/src/documents/acuerdo/AgreementDocument';
import { VoidNoticeDocument } from '../renderer/src/documents/anulacion/VoidNoticeDocument';
import { FacturaDocument } from '../renderer/src/documents/factura/FacturaDocument';
import { TestPageDocument } from '../renderer/src/documents/prueba/TestPageDocument';
import { COMPANY, PRINTING, SUBSCRIBER, agreement, invoice } from '../renderer/src/documents/test-fixtures';

const out = process.argv[2] ?? 'out/document-previews';
const css = readFileSync(new URL('../renderer/src/documents/documents.css', import.meta.url), 'utf8');
const logo = `data:image/png;base64,${readFileSync(new URL('../build/icon.png', import.meta.url)).toString('base64')}`;
const company = { ...COMPANY, logo };
const party = invoice().party;
const asesor = invoice().asesor;
const credit = agreement();
const voided = {
  at: '2026-11-24T14:00:00.000Z',
  by: 'Carlos Andrés Rojas',
  byDocument: '93400111',
  reason: 'El usuario pidió corregir el producto facturado.',
};

const documents: Record<string, ReactElement> = {
  'factura-10-lineas': <FacturaDocument invoice={invoice({}, 10)} company={company} reprint={0} />,
  'factura-credito-reimpresion': (
    <FacturaDocument invoice={invoice({ paymentForm: 'CREDITO', agreement: credit })} company={company} reprint={2} />
  ),
  // The fullest a factura gets on one page per copy: ten lines, CRÉDITO, a 500-character observation.
  'factura-peor-caso': (
    <FacturaDocument
      invoice={invoice(
        {
          paymentForm: 'CREDITO',
          agreement: credit,
          observation: 'Código 100234, ruta 01-004, reconexión del servicio. '.repeat(10).slice(0, 500),
          party: { ...party, fullName: 'María de los Ángeles Cuéllar Perdomo de Valderrama' },
        },
        10,
      )}
      company={company}
      reprint={12}
    />
  ),
  'factura-sin-logo': <FacturaDocument invoice={invoice()} company={COMPANY} reprint={0} />,
  anulacion: <VoidNoticeDocument invoice={invoice({ status: 'ANULADA', voided })} company={company} reprint={0} />,
  acuerdo: (
    <AgreementDocument agreement={credit} subscriber={SUBSCRIBER} party={party} asesor={asesor} company={company} reprint={0} />
  ),
  'acuerdo-24-cuotas': (
    <AgreementDocument
      agreement={agreement({
        origin: 'DEUDA',
        invoiceNumber: null,
        installments: agreement().installments.concat(
          Array.from({ length: 18 }, (_, i) => ({ ...agreement().installments[5]!, n: i + 7 })),
        ),
      })}
      subscriber={SUBSCRIBER}
      party={party}
      asesor={asesor}
      company={company}
      reprint={0}
    />
  ),
  prueba: (
    <TestPageDocument
      company={company}
      config={PRINTING}
      number="PRUEBA-VENTANILLA-01"
      printedAt="2026-11-23T15:04:05.000Z"
      reprint={0}
    />
  ),
};

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium(process.env), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const [name, element] of Object.entries(documents)) {
  const wrapped = wrapPage({ html: renderToStaticMarkup(element), css, paper: 'CARTA', title: name });
  await page.setContent(wrapped.html);
  writeFileSync(join(out, `${name}.pdf`), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  console.log(join(out, `${name}.pdf`));
}
await browser.close();
