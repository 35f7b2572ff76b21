import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fail, ok, renderInSession } from '../test/render';
import { DocumentPreview } from './DocumentPreview';
import type { DocumentView, Result } from './print/print-api';
import { COMPANY, invoice } from './test-fixtures';

const api = vi.hoisted(() => ({
  loadDocument: vi.fn<(input: { type: string; number: string }) => Promise<Result<DocumentView>>>(),
}));
vi.mock('./print/print-api', () => api);

const factura = (prints: number): DocumentView => ({
  type: 'FACTURA',
  number: 'FAC-2026-000123',
  target: 'DOCUMENT',
  company: COMPANY,
  office: { timeZone: 'America/Bogota', locale: 'es-CO', currency: 'COP' },
  prints,
  invoice: invoice(),
});

describe('DocumentPreview', () => {
  beforeEach(() => api.loadDocument.mockReset());

  it('shows the document as its next print comes out, from documents.get, both copies under its own name', async () => {
    api.loadDocument.mockResolvedValue(ok(factura(2)));
    renderInSession(<DocumentPreview type="FACTURA" number="FAC-2026-000123" label="Vista previa de la factura" />);
    const preview = screen.getByRole('region', { name: 'Vista previa de la factura' });
    expect(preview.classList).toContain('doc-preview');
    expect(await within(preview).findByRole('region', { name: /ORIGINAL — USUARIO$/ })).toBeTruthy();
    expect(within(preview).getByRole('region', { name: /COPIA — SOPORTE$/ })).toBeTruthy();
    expect(within(preview).getAllByText('REIMPRESIÓN 2')).toHaveLength(2);
    expect(api.loadDocument).toHaveBeenCalledWith({ type: 'FACTURA', number: 'FAC-2026-000123' });
  });

  it('reads the document again after a print, so it shows the next copy as a reprint', async () => {
    api.loadDocument.mockResolvedValue(ok(factura(0)));
    function Printed() {
      const [prints, setPrints] = useState(0);
      return (
        <>
          <button onClick={() => setPrints((n) => n + 1)}>IMPRIMIR</button>
          <DocumentPreview type="FACTURA" number="FAC-2026-000123" version={prints} />
        </>
      );
    }
    renderInSession(<Printed />);
    const preview = screen.getByRole('region', { name: 'Vista previa del documento' });
    await within(preview).findAllByRole('region', { name: /ORIGINAL — USUARIO$/ });
    expect(within(preview).queryByText(/REIMPRESIÓN/)).toBeNull();
    api.loadDocument.mockResolvedValue(ok(factura(1)));
    await userEvent.click(screen.getByRole('button', { name: 'IMPRIMIR' }));
    expect(await within(preview).findAllByText('REIMPRESIÓN 1')).toHaveLength(2);
    expect(api.loadDocument).toHaveBeenCalledTimes(2);
  });

  it("says the core's refusal instead of a document", async () => {
    api.loadDocument.mockResolvedValue(fail({ code: 'NOT_FOUND', message: 'No existe la factura FAC-2026-000999.' }));
    renderInSession(<DocumentPreview type="FACTURA" number="FAC-2026-000999" />);
    expect(await screen.findByText('No existe la factura FAC-2026-000999.')).toBeTruthy();
  });
});
