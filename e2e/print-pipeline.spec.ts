import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { demoUser, expect, invokeFromPage, test } from './fixtures';

/**
 * Browser mode's printing pipeline behind IMPRIMIR, called as the page calls it over the
 * loopback bridge: a document is printed by reference (type and number); the host reads its
 * record, renders it, makes the PDF with Chromium, archives it under VENTANILLA_ARCHIVE and logs
 * the print; with no printer installed (CUPS) it says so and the PDF is still kept. The old call
 * that carried the document's HTML is refused and archives nothing. The screens' own IMPRIMIR
 * specs drive the same call through the UI.
 */

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

const pdfsIn = (dir: string): string[] =>
  existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.pdf')) : [];

test('a factura printed by reference is archived as its own two-page PDF; the forged HTML of the old call is refused', async ({
  page,
  office,
}) => {
  await page.goto('/');
  const call = async <T>(name: string, input: unknown, session: string | null) =>
    (await invokeFromPage(page, name, input, session)) as Answer<T>;
  const data = <T>(answer: Answer<T>): T => {
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.data;
  };
  const sessionOf = async (username: string) =>
    data(await call<{ sessionId: string }>('auth.login', { username, password: demoUser(username).password }, null)).sessionId;

  const asesor = await sessionOf('asesor');
  const subscriber = data(await call<{ owner: { id: number } }>('subscribers.view', { code: '100001' }, asesor));
  const products = data(await call<{ id: number; name: string }[]>('products.list', {}, asesor));
  const invoice = data(
    await call<{ number: string; total: number }>(
      'invoices.create',
      {
        requestKey: 'e2e-impresion-0001',
        paymentForm: 'CONTADO',
        subscriberCode: '100001',
        partyId: subscriber.owner.id,
        lines: [{ productId: products.find((p) => p.name === 'CORTE')?.id, quantity: 1 }],
        observation: 'Código 100001, corte',
      },
      asesor,
    ),
  );

  // Other specs of this worker printed to the same archive: only what this one adds counts.
  const before = pdfsIn(office.archiveDir);
  // The report's attack: ALMACÉN sends a factura of its own making for a real number.
  const almacen = await sessionOf('almacen');
  const forged = {
    type: 'FACTURA',
    number: invoice.number,
    reprint: 0,
    target: 'DOCUMENT',
    html: `<h1>FACTURA ${invoice.number}</h1><p>TOTAL $ 1 PAGADA</p>`,
    css: '',
  };
  expect(await call('print.document', forged, almacen)).toMatchObject({
    ok: false,
    error: { code: 'VALIDATION', message: 'Llaves desconocidas: "reprint", "html", "css"' },
  });
  expect(
    await call('print.document', { type: 'INFORME_DIARIO', number: 'INF-2026-11-23' }, await sessionOf('cajero')),
  ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  expect(pdfsIn(office.archiveDir)).toEqual(before);

  const printed = data(
    await call<{ archivePath: string; printed: boolean; printerError: string | null; reprint: number }>(
      'print.document',
      { type: 'FACTURA', number: invoice.number },
      almacen,
    ),
  );
  expect(printed.archivePath).toMatch(new RegExp(`^\\d{4}/\\d{2}/FACTURA/${invoice.number}\\.pdf$`));
  if (!printed.printed) expect(printed.printerError).toMatch(/impresora/i);
  const file = path.join(office.archiveDir, ...printed.archivePath.split('/'));
  expect(execFileSync('pdfinfo', [file], { encoding: 'utf8' })).toMatch(/^Pages:\s+2$/m);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain(invoice.number);
  const total = new Intl.NumberFormat('es-CO', { style: 'currency', currency: 'COP', maximumFractionDigits: 0 }).format(
    invoice.total,
  );
  expect(text).toContain(`TOTAL A PAGAR ${total.replace(/\s+/g, ' ')}`);
  expect(text).not.toContain('PAGADA');

  const again = data(
    await call<{ reprint: number; archivePath: string }>('print.document', { type: 'FACTURA', number: invoice.number }, asesor),
  );
  expect(again.reprint).toBe(1);
  expect(again.archivePath).toMatch(/-R1\.pdf$/);
  const history = data(
    await call<{ reprint: number; archivePath: string }[]>(
      'documents.printHistory',
      { type: 'FACTURA', number: invoice.number },
      asesor,
    ),
  );
  expect(history.map((h) => [h.reprint, h.archivePath])).toEqual([
    [0, printed.archivePath],
    [1, again.archivePath],
  ]);
  expect(pdfsIn(office.archiveDir)).toHaveLength(before.length + 2);
});
