import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { demoUser, expect, invokeFromPage, test } from './fixtures';

/**
 * Browser mode's printing pipeline behind IMPRIMIR: the page sends both copies as HTML over
 * the loopback bridge, the host renders them with Chromium, archives the PDF under
 * VENTANILLA_ARCHIVE and logs the print; with no printer installed (CUPS) it says so and the
 * PDF is still kept. The screens' own IMPRIMIR specs drive the same call through the UI.
 */

type Answer<T> = { ok: true; data: T } | { ok: false; error: { code: string; message: string } };

test('a printed factura is archived as a two-page PDF and the next print is REIMPRESIÓN 1', async ({ page, office }) => {
  await page.goto('/');
  const call = async <T>(name: string, input: unknown, session: string | null) =>
    (await invokeFromPage(page, name, input, session)) as Answer<T>;
  const data = <T>(answer: Answer<T>): T => {
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.data;
  };

  const { password } = demoUser('asesor');
  const { sessionId } = data(await call<{ sessionId: string }>('auth.login', { username: 'asesor', password }, null));
  const subscriber = data(await call<{ owner: { id: number } }>('subscribers.view', { code: '100001' }, sessionId));
  const products = data(await call<{ id: number; name: string }[]>('products.list', {}, sessionId));
  const corte = products.find((p) => p.name === 'CORTE');
  const invoice = data(
    await call<{ number: string }>(
      'invoices.create',
      {
        requestKey: 'e2e-impresion-0001',
        paymentForm: 'CONTADO',
        subscriberCode: '100001',
        partyId: subscriber.owner.id,
        lines: [{ productId: corte?.id, quantity: 1 }],
        observation: 'Código 100001, corte',
      },
      sessionId,
    ),
  );

  // A logo-sized inline image twice, so the call is well above the 2 MB limit of other calls.
  const logo = `data:image/png;base64,${'A'.repeat(1_500_000)}`;
  const copy = (label: string) =>
    `<section class="copy"><h1>FACTURA ${invoice.number}</h1><p>${label}</p><img alt="" src="${logo}"></section>`;
  const printed = data(
    await call<{ archivePath: string; printed: boolean; printerError: string | null; reprint: number }>(
      'print.document',
      {
        type: 'FACTURA',
        number: invoice.number,
        reprint: 0,
        target: 'DOCUMENT',
        html: copy('ORIGINAL — USUARIO') + copy('COPIA — SOPORTE'),
        css: '.copy { break-after: page; } .copy:last-child { break-after: auto; } img { width: 1px; }',
      },
      sessionId,
    ),
  );
  const relative = path.relative(office.archiveDir, printed.archivePath).split(path.sep);
  expect(relative).toEqual([
    expect.stringMatching(/^\d{4}$/),
    expect.stringMatching(/^\d{2}$/),
    'FACTURA',
    `${invoice.number}.pdf`,
  ]);
  expect(existsSync(printed.archivePath)).toBe(true);
  expect(readFileSync(printed.archivePath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  if (!printed.printed) expect(printed.printerError).toMatch(/impresora/i);
  try {
    const info = execFileSync('pdfinfo', [printed.archivePath], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+2$/m);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }

  const status = data(
    await call<{ prints: number }>('documents.printStatus', { type: 'FACTURA', number: invoice.number }, sessionId),
  );
  expect(status.prints).toBe(1);
  const stale = await call(
    'print.document',
    { type: 'FACTURA', number: invoice.number, reprint: 0, target: 'DOCUMENT', html: '<p>x</p>', css: '' },
    sessionId,
  );
  expect(stale).toEqual({
    ok: false,
    error: { code: 'CONFLICT', message: 'Este documento ya se imprimió de nuevo en otro puesto; vuelva a imprimir.' },
  });
});
