import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DocumentPreview, FacturaDocument } from '.';
import { COMPANY, invoice } from './test-fixtures';

describe('DocumentPreview', () => {
  it('shows the document as it prints, both copies, under its own name', () => {
    render(
      <DocumentPreview label="Vista previa de la factura">
        <FacturaDocument invoice={invoice()} company={COMPANY} reprint={0} />
      </DocumentPreview>,
    );
    const preview = screen.getByRole('region', { name: 'Vista previa de la factura' });
    expect(preview.classList).toContain('doc-preview');
    expect(within(preview).getByRole('region', { name: /ORIGINAL — USUARIO$/ })).toBeTruthy();
    expect(within(preview).getByRole('region', { name: /COPIA — SOPORTE$/ })).toBeTruthy();
  });
});
