import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_CODES } from '../../renderer/src/documents/codes';
import { type TestOffice, ok, testOffice } from '../../db/testing';
import { DOCUMENT_TYPES, type DocumentType } from '../core/contract/print.contract';
import { everyDocument, sampleFactura } from '../core/documents/documents.fixtures';
import { archivedFile } from './archive';
import { createChromiumEngine, findChromium } from './chromium-engine';
import type { PrintEngine } from './engine';
import { createPrintService } from './print-service';
import { TEST_CSS, archivedFiles, fakeEngine, printWith } from './print-service.test-support';

/** Who prints each type here (a role of PRINT_ROLES). */
const PRINTER: Record<DocumentType, string> = {
  FACTURA: 'asesor',
  ANULACION_FACTURA: 'supervisor',
  ACUERDO: 'asesor',
  PRUEBA: 'admin',
  CUPON: 'asesor',
  RECIBO: 'cajero',
  ANULACION_RECIBO: 'cajero',
  CORTE_CAJA: 'supervisor',
  ESTADO_CUENTA: 'asesor',
  INFORME_DIARIO: 'supervisor',
  HOJA_RUTA: 'coordinador',
  ORDEN_TRABAJO: 'coordinador',
  RESPUESTA: 'coordinador',
  EDICTO: 'documental',
  SOLICITUD_TRAMITE: 'asesor',
  DOCUMENTACION_FALTANTE: 'asesor',
  CERTIFICADO_NO_ADEUDO: 'asesor',
  CONSTANCIA_CAMBIO_NOMBRE: 'asesor',
};

let archiveDir: string;
let office: TestOffice;
let numbers: Record<DocumentType, string>;

beforeAll(() => {
  archiveDir = mkdtempSync(path.join(tmpdir(), 'ventanilla-print-docs-'));
  office = testOffice();
  numbers = everyDocument(office);
});

const serviceWith = (engine: PrintEngine) =>
  createPrintService({ dispatch: office.dispatch, engine, archiveDir, css: TEST_CSS, clock: office.clock, log: () => {} });
afterAll(() => {
  office.close();
  rmSync(archiveDir, { recursive: true, force: true });
});

describe('every document prints from its record, rendered in plain Node', () => {
  it('renders, archives and logs one document of each type, with its title, number and barcode', async () => {
    const engine = fakeEngine();
    const service = serviceWith(engine);
    for (const type of DOCUMENT_TYPES) {
      const number = numbers[type];
      const printed = ok(await printWith(service, office.login(PRINTER[type]), { type, number }));
      const html = engine.rendered.at(-1)!.html;
      expect(html, type).toContain(DOCUMENT_CODES[type].title);
      expect(html, type).toContain(`>${number}<`);
      expect(html, type).toContain('<svg');
      expect(printed.archivePath, type).toMatch(type === 'PRUEBA' ? /^PRUEBAS\/2026\/11\// : new RegExp(`^2026/11/${type}/`));
    }
    expect(archivedFiles(archiveDir)).toHaveLength(DOCUMENT_TYPES.length);
    expect(office.count('print_log')).toBe(DOCUMENT_TYPES.length);
  });

  it('prints a receipt in the 80 mm roll layout on the receipt printer', async () => {
    const engine = fakeEngine();
    ok(
      await printWith(serviceWith(engine), office.login('cajero'), { type: 'RECIBO', number: numbers.RECIBO, target: 'RECEIPT' }),
    );
    expect(engine.rendered[0]!.paper).toBe('ROLLO_80MM');
    expect(engine.rendered[0]!.html).toContain('doc-roll');
  });
});

function chromiumPath(): string | null {
  try {
    return findChromium(process.env);
  } catch {
    return null;
  }
}

describe('the archived PDF', () => {
  const chromium = chromiumPath();
  const engine = chromium ? createChromiumEngine({ executablePath: chromium }) : null;
  afterAll(() => engine?.close());

  it.skipIf(!engine)(
    "holds the factura's real total, read back from the PDF (Chromium, pdftotext)",
    async () => {
      const asesor = office.login('asesor');
      const invoice = sampleFactura(office, asesor, '100009');
      const printed = ok(await printWith(serviceWith(engine!), asesor, { type: 'FACTURA', number: invoice.number }));
      const text = execFileSync('pdftotext', ['-layout', archivedFile(archiveDir, printed.archivePath), '-'], {
        encoding: 'utf8',
      }).replace(/\s+/g, ' ');
      const total = new Intl.NumberFormat('es-CO', { style: 'currency', currency: 'COP', maximumFractionDigits: 0 })
        .format(invoice.total)
        .replace(/\s+/g, ' ');
      expect(text).toContain(invoice.number);
      expect(text).toContain(total);
      expect(text).toContain('ORIGINAL — USUARIO');
    },
    60_000,
  );
});
