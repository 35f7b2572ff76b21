import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { deferred, fail, ok, renderInSession } from '../../test/render';
import type { PrintDocumentInput, PrintDocumentOutput, PrintStatus, Result } from './print-api';
import { PrintButton } from './PrintButton';

const api = vi.hoisted(() => ({
  printStatus: vi.fn<(input: { type: string; number: string }) => Promise<Result<PrintStatus>>>(),
  printDocument: vi.fn<(input: PrintDocumentInput) => Promise<Result<PrintDocumentOutput>>>(),
}));
vi.mock('./print-api', () => api);

const ARCHIVED = 'archivo/2026/11/FACTURA/FAC-2026-000123.pdf';
const printed = (over: Partial<PrintDocumentOutput> = {}): PrintDocumentOutput => ({
  archivePath: ARCHIVED,
  printer: 'HP LaserJet Ventanilla',
  printed: true,
  printerError: null,
  reprint: 0,
  ...over,
});

function renderButton(onPrinted = vi.fn()) {
  renderInSession(
    <PrintButton
      type="FACTURA"
      number="FAC-2026-000123"
      render={(reprint) => <p className="doc-test">Factura FAC-2026-000123 · copia {reprint}</p>}
      onPrinted={onPrinted}
    />,
  );
  return onPrinted;
}

describe('PrintButton', () => {
  beforeEach(() => {
    api.printStatus.mockReset().mockResolvedValue(ok({ prints: 0, lastArchivePath: null }));
    api.printDocument.mockReset().mockResolvedValue(ok(printed()));
  });

  it('sends the rendered document and the stylesheet once, even on a double click', async () => {
    const onPrinted = renderButton();
    await userEvent.dblClick(screen.getByRole('button', { name: 'IMPRIMIR' }));
    expect((await screen.findByRole('alert', {}, { timeout: 5000 })).textContent).toBe(
      `Impreso en HP LaserJet Ventanilla. PDF archivado en ${ARCHIVED}`,
    );
    expect(api.printStatus).toHaveBeenCalledTimes(1);
    expect(api.printStatus).toHaveBeenCalledWith({ type: 'FACTURA', number: 'FAC-2026-000123' });
    expect(api.printDocument).toHaveBeenCalledTimes(1);
    const sent = api.printDocument.mock.calls[0]![0];
    expect(sent).toMatchObject({ type: 'FACTURA', number: 'FAC-2026-000123', reprint: 0, target: 'DOCUMENT' });
    expect(sent.html).toContain('Factura FAC-2026-000123 · copia 0');
    expect(sent.css).toContain('@page document');
    expect(onPrinted).toHaveBeenCalledWith(printed());
    expect(screen.getByRole('button', { name: 'IMPRIMIR' })).toHaveProperty('disabled', false);
  });
});

describe('PrintButton outcomes', () => {
  beforeEach(() => {
    api.printStatus.mockReset().mockResolvedValue(ok({ prints: 2, lastArchivePath: ARCHIVED }));
    api.printDocument.mockReset();
  });

  const alertText = async () => (await screen.findByRole('alert', {}, { timeout: 5000 })).textContent;

  it('prints a document already printed as REIMPRESIÓN n', async () => {
    api.printDocument.mockResolvedValue(ok(printed({ reprint: 2 })));
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    expect(await alertText()).toBe(`Impreso en HP LaserJet Ventanilla (REIMPRESIÓN 2). PDF archivado en ${ARCHIVED}`);
    const sent = api.printDocument.mock.calls[0]![0];
    expect(sent.reprint).toBe(2);
    expect(sent.html).toContain('copia 2');
  });

  it('warns that the PDF is archived when the printer fails, and lets the user print again', async () => {
    api.printDocument.mockResolvedValue(ok(printed({ printed: false, printerError: 'La impresora no responde', reprint: 2 })));
    const onPrinted = renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    expect(await alertText()).toBe(
      `No se pudo imprimir (REIMPRESIÓN 2): La impresora no responde. El PDF quedó archivado en ${ARCHIVED}; puede reimprimir.`,
    );
    expect(onPrinted).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'IMPRIMIR' })).toHaveProperty('disabled', false);
  });

  it('says where the PDF is when the host has no printer (browser mode)', async () => {
    api.printDocument.mockResolvedValue(ok(printed({ printed: false, printer: '' })));
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    expect(await alertText()).toMatch(/^PDF archivado en .*FAC-2026-000123\.pdf\. En modo navegador no se envía a la impresora/);
  });

  it('shows the Spanish error when printing fails, and renders nothing off-screen afterwards', async () => {
    api.printDocument.mockResolvedValue(fail({ code: 'INTERNAL', message: 'No se pudo generar el PDF del documento.' }));
    const onPrinted = renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    expect(await alertText()).toBe('No se pudo generar el PDF del documento.');
    expect(onPrinted).not.toHaveBeenCalled();
    expect(document.querySelector('.doc-offscreen')).toBeNull();
  });

  it('stops before printing when the print status cannot be read', async () => {
    api.printStatus.mockResolvedValue(fail({ code: 'FORBIDDEN', message: 'Su rol no tiene permiso.' }));
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    expect(await alertText()).toBe('Su rol no tiene permiso.');
    expect(api.printDocument).not.toHaveBeenCalled();
  });

  it('keeps the button disabled while the job runs', async () => {
    const answer = deferred<Result<PrintDocumentOutput>>();
    api.printDocument.mockReturnValue(answer.promise);
    renderButton();
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    const busy = screen.getByRole('button', { name: 'IMPRIMIENDO…' });
    expect(busy).toHaveProperty('disabled', true);
    await waitFor(() => expect(api.printDocument).toHaveBeenCalledTimes(1), { timeout: 5000 });
    answer.resolve(ok(printed({ reprint: 2 })));
    expect(await alertText()).toMatch(/^Impreso en/);
  });
});

describe('PrintButton on another document', () => {
  it('does not show the outcome of the previous document', async () => {
    api.printStatus.mockReset().mockResolvedValue(ok({ prints: 0, lastArchivePath: null }));
    api.printDocument.mockReset().mockResolvedValue(ok(printed()));
    const button = (number: string) => <PrintButton type="FACTURA" number={number} render={() => <p>Factura {number}</p>} />;
    // Same tree, new number: the button stays mounted, as on the FACTURA screen after "Nueva factura".
    const { rerender } = render(button('FAC-2026-000123'));
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toBeTruthy();
    rerender(button('FAC-2026-000124'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
