import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionContext } from '../../app/session-context';
import { CAJERO_SESSION, deferred, fail, fakeSession, ok, renderInSession } from '../../test/render';
import type { PrintDocumentInput, PrintDocumentOutput, Result } from './print-api';
import { PrintButton } from './PrintButton';

const api = vi.hoisted(() => ({
  printDocument: vi.fn<(input: PrintDocumentInput) => Promise<Result<PrintDocumentOutput>>>(),
}));
vi.mock('./print-api', () => api);

const ARCHIVED = '2026/11/FACTURA/FAC-2026-000123.pdf';
const printed = (over: Partial<PrintDocumentOutput> = {}): PrintDocumentOutput => ({
  archivePath: ARCHIVED,
  printer: 'HP LaserJet Ventanilla',
  printed: true,
  printerError: null,
  printerConfigured: true,
  reprint: 0,
  ...over,
});

const alertText = async () => (await screen.findByRole('alert', {}, { timeout: 5000 })).textContent;

describe('PrintButton', () => {
  beforeEach(() => {
    api.printDocument.mockReset().mockResolvedValue(ok(printed()));
  });

  it('asks to print by reference only, once even on a double click, and says where the PDF went in the archive', async () => {
    const answer = deferred<Result<PrintDocumentOutput>>();
    api.printDocument.mockReturnValue(answer.promise);
    const onPrinted = vi.fn();
    renderInSession(<PrintButton type="FACTURA" number="FAC-2026-000123" onPrinted={onPrinted} />);
    await userEvent.dblClick(screen.getByRole('button', { name: 'IMPRIMIR' }));
    answer.resolve(ok(printed()));
    expect(await alertText()).toBe(`Impreso en HP LaserJet Ventanilla. PDF archivado en ${ARCHIVED} del archivo de documentos.`);
    expect(api.printDocument).toHaveBeenCalledTimes(1);
    expect(api.printDocument).toHaveBeenCalledWith({ type: 'FACTURA', number: 'FAC-2026-000123', target: 'DOCUMENT' });
    expect(onPrinted).toHaveBeenCalledWith(printed());
    expect(screen.getByRole('button', { name: 'IMPRIMIR' })).toHaveProperty('disabled', false);
  });

  it('says REIMPRESIÓN n when the main process printed a reprint', async () => {
    api.printDocument.mockResolvedValue(ok(printed({ reprint: 2, archivePath: '2026/11/FACTURA/FAC-2026-000123-R2.pdf' })));
    renderInSession(<PrintButton type="FACTURA" number="FAC-2026-000123" />);
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    expect(await alertText()).toBe(
      'Impreso en HP LaserJet Ventanilla (REIMPRESIÓN 2). PDF archivado en 2026/11/FACTURA/FAC-2026-000123-R2.pdf del archivo de documentos.',
    );
  });

  it('warns that the PDF is archived when the printer fails, and lets the user print again', async () => {
    api.printDocument.mockResolvedValue(ok(printed({ printed: false, printerError: 'La impresora no responde', reprint: 2 })));
    renderInSession(<PrintButton type="FACTURA" number="FAC-2026-000123" />);
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    expect(await alertText()).toBe(
      `No se pudo imprimir (REIMPRESIÓN 2): La impresora no responde. El PDF quedó archivado en ${ARCHIVED} del archivo de documentos; puede reimprimir.`,
    );
    expect(screen.getByRole('button', { name: 'IMPRIMIR' })).toHaveProperty('disabled', false);
  });

  it('says plainly that the PDF was archived when this computer has no printer, as information, not a failure', async () => {
    api.printDocument.mockResolvedValue(
      ok(
        printed({
          printed: false,
          printerError: 'No hay impresora disponible en este equipo: no está instalado el sistema de impresión (CUPS).',
          printerConfigured: false,
          reprint: 1,
          archivePath: '2026/11/FACTURA/FAC-2026-000123-R1.pdf',
        }),
      ),
    );
    renderInSession(<PrintButton type="FACTURA" number="FAC-2026-000123" />);
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    const outcome = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(outcome.textContent).toBe(
      'Documento (REIMPRESIÓN 1) archivado en 2026/11/FACTURA/FAC-2026-000123-R1.pdf del archivo de documentos; este equipo no tiene impresora configurada.',
    );
    expect(outcome.classList).toContain('MuiAlert-colorInfo');
    expect(outcome.textContent).not.toContain('No se pudo imprimir');
  });

  it("shows the core's Spanish refusal", async () => {
    api.printDocument.mockResolvedValue(
      fail({ code: 'FORBIDDEN', message: 'Su rol no tiene permiso para imprimir este documento.' }),
    );
    const onPrinted = vi.fn();
    renderInSession(<PrintButton type="FACTURA" number="FAC-2026-000123" onPrinted={onPrinted} />);
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    expect(await alertText()).toBe('Su rol no tiene permiso para imprimir este documento.');
    expect(onPrinted).not.toHaveBeenCalled();
  });

  it('keeps the button disabled while the job runs', async () => {
    const answer = deferred<Result<PrintDocumentOutput>>();
    api.printDocument.mockReturnValue(answer.promise);
    renderInSession(<PrintButton type="RECIBO" number="REC-2026-000045" target="RECEIPT" label="IMPRIMIR RECIBO" />, cajero());
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR RECIBO' }));
    expect(screen.getByRole('button', { name: 'IMPRIMIENDO…' })).toHaveProperty('disabled', true);
    await waitFor(() =>
      expect(api.printDocument).toHaveBeenCalledWith({ type: 'RECIBO', number: 'REC-2026-000045', target: 'RECEIPT' }),
    );
    answer.resolve(ok(printed()));
    expect(await alertText()).toMatch(/^Impreso en/);
  });

  it('is not there for a role that may not print that document', () => {
    renderInSession(<PrintButton type="INFORME_DIARIO" number="INF-2026-11-23" />, cajero());
    renderInSession(<PrintButton type="PRUEBA" number="PRUEBA-VENTANILLA-01" />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('does not show the outcome of the previous document', async () => {
    // Same tree, new number: the button stays mounted, as on the FACTURA screen after "Nueva factura".
    const session = fakeSession();
    const button = (number: string) => (
      <SessionContext.Provider value={session}>
        <PrintButton type="FACTURA" number={number} />
      </SessionContext.Provider>
    );
    const { rerender } = render(button('FAC-2026-000123'));
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    expect(await screen.findByRole('alert', {}, { timeout: 5000 })).toBeTruthy();
    rerender(button('FAC-2026-000124'));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

const cajero = () => fakeSession({ info: CAJERO_SESSION });
