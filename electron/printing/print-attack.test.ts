import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestOffice, ok, testOffice } from '../../db/testing';
import type { Result } from '../core/contract';
import { sampleFactura } from '../core/documents/documents.fixtures';
import { HTTP_INVOKE_PATH, TOKEN_HEADER } from '../shared/bridge';
import { type HttpBridge, startHttpBridge } from '../transports/http';
import { createInvoker } from './invoker';
import { createPrintService } from './print-service';
import { TEST_CSS, archivedFiles, fakeEngine } from './print-service.test-support';
import { PRINT_ANSWER, PRINT_PREPARE } from './puesto-print.contract';

/**
 * The attacks of the report, over the loopback bridge as browser mode serves it: logged in as
 * ALMACÉN, a FACTURA "TOTAL $ 1 PAGADA" archived as the ORIGINAL of a real factura; as a cajero,
 * a forged INFORME_DIARIO. Nothing a client sends is archived as a document any more.
 */

let dir: string;
let office: TestOffice;
let bridge: HttpBridge;
const engine = fakeEngine();

async function call<T>(name: string, input: unknown, session: string | null): Promise<Result<T>> {
  const response = await fetch(`${bridge.url.replace(/\/$/, '')}${HTTP_INVOKE_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: bridge.token },
    body: JSON.stringify({ name, input, session }),
  });
  return (await response.json()) as Result<T>;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-print-attack-'));
  office = testOffice({ archiveDir: dir });
  const service = createPrintService({
    dispatch: office.dispatch,
    engine,
    archiveDir: dir,
    css: TEST_CSS,
    clock: office.clock,
    log: () => {},
  });
  bridge = await startHttpBridge({ invoke: createInvoker(office.dispatch, service), rendererDir: dir, port: 0 });
});
afterAll(async () => {
  await bridge.close();
  office.close();
  rmSync(dir, { recursive: true, force: true });
});

const forgedHtml = (title: string) => `<section class="doc-page"><h1>${title}</h1><p>TOTAL $ 1 PAGADA</p></section>`;

describe('print attacks over the HTTP bridge', () => {
  it('refuses the forged HTML of the old call, archives and logs nothing', async () => {
    const { number } = sampleFactura(office);
    const almacen = office.login('almacen');
    const forged = { type: 'FACTURA', number, reprint: 0, target: 'DOCUMENT', html: forgedHtml('FACTURA'), css: '' };
    const refused = await call('print.document', forged, almacen);
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: 'Llaves desconocidas: "reprint", "html", "css"' },
    });

    const cajero = office.login('cajero');
    const informe = {
      type: 'INFORME_DIARIO',
      number: 'INF-2026-11-23',
      reprint: 0,
      target: 'DOCUMENT',
      html: forgedHtml('INFORME'),
      css: '',
    };
    expect(await call('print.document', informe, cajero)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // By reference, the cajero is not among who prints the informe diario: refused before anything is read.
    expect(await call('print.document', { type: 'INFORME_DIARIO', number: 'INF-2026-11-23' }, cajero)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    // Nor can a client record a print itself.
    const record = { type: 'FACTURA', number, reprint: 0, archivePath: `2026/11/FACTURA/${number}.pdf`, printer: '' };
    expect(await call('documents.recordPrint', record, almacen)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_PROCEDURE' },
    });

    expect(engine.rendered).toHaveLength(0);
    expect(archivedFiles(dir)).toEqual([]);
    expect(office.count('print_log')).toBe(0);
    expect(office.sqlite.prepare("SELECT count(*) FROM audit WHERE procedure LIKE 'documents.record%'").pluck().get()).toBe(0);
  });

  it("refuses the puesto-only halves of printing: a browser gets no archived copy to print, nor writes the printer's answer", async () => {
    const { number } = sampleFactura(office, office.login('asesor'), '100012');
    const asesor = office.login('asesor');
    expect(await call(PRINT_PREPARE, { type: 'FACTURA', number }, asesor)).toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_PROCEDURE' },
    });
    const answer = { type: 'FACTURA', number, reprint: 0, printerError: null };
    expect(await call(PRINT_ANSWER, answer, asesor)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    expect(archivedFiles(dir)).toEqual([]);
    expect(office.sqlite.prepare('SELECT count(*) FROM print_log WHERE document_number = ?').pluck().get(number)).toBe(0);
  });

  it('prints the real factura for ALMACÉN, from its record, and answers where it went relative to the archive', async () => {
    const invoice = sampleFactura(office, office.login('asesor'), '100011');
    const almacen = office.login('almacen');
    const printed = ok(
      await call<{ archivePath: string }>('print.document', { type: 'FACTURA', number: invoice.number }, almacen),
    );
    expect(printed.archivePath).toBe(`2026/11/FACTURA/${invoice.number}.pdf`);
    const html = engine.rendered.at(-1)!.html;
    expect(html).not.toContain('TOTAL $ 1 PAGADA');
    expect(html).toContain(
      new Intl.NumberFormat('es-CO', { style: 'currency', currency: 'COP', maximumFractionDigits: 0 }).format(invoice.total),
    );
    const history = ok(
      await call<{ archivePath: string }[]>('documents.printHistory', { type: 'FACTURA', number: invoice.number }, almacen),
    );
    expect(history.map((h) => h.archivePath)).toEqual([printed.archivePath]);
    expect(JSON.stringify(history)).not.toContain(dir);
  });

  it("keeps an admin's test page to this workstation's own number, and to admins", async () => {
    expect(
      await call('print.document', { type: 'PRUEBA', number: 'PRUEBA-VENTANILLA-01' }, office.login('asesor')),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await call('print.document', { type: 'PRUEBA', number: 'PRUEBA-FAC-2026-000001' }, office.login('admin')),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
