import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatCurrency } from '../format/format';
import { AgreementDocument } from './acuerdo/AgreementDocument';
import { VoidNoticeDocument } from './anulacion/VoidNoticeDocument';
import { FacturaDocument } from './factura/FacturaDocument';
import { TestPageDocument } from './prueba/TestPageDocument';
import { COMPANY, PRINTING, SUBSCRIBER, agreement, invoice } from './test-fixtures';

const copies = () => screen.getAllByRole('region');
const text = (el: HTMLElement) => el.textContent ?? '';

/** Both labelled copies, in order, each with the number and its own signature block. */
function expectTwoCopies(number: string, originalSigner: string, supportSigner: string) {
  const [original, support, ...rest] = copies();
  expect(rest).toHaveLength(0);
  expect(text(original!)).toContain('ORIGINAL — USUARIO');
  expect(text(support!)).toContain('COPIA — SOPORTE');
  for (const copy of [original!, support!]) expect(within(copy).getAllByText(number).length).toBeGreaterThan(0);
  expect(text(original!.querySelector('.doc-signatures')!)).toContain(originalSigner);
  expect(text(support!.querySelector('.doc-signatures')!)).toContain(supportSigner);
  return [original!, support!] as const;
}

describe('FacturaDocument', () => {
  it('prints both copies: the asesor signs the original, the user the support copy', () => {
    render(<FacturaDocument invoice={invoice()} company={COMPANY} reprint={0} />);
    const [original, support] = expectTwoCopies('FAC-2026-000123', 'Luz Dary Plaza', 'Jhon Fredy Perdomo Cuéllar');
    expect(text(original.querySelector('.doc-signatures')!)).toContain('C.C. 40781235');
    expect(text(original.querySelector('.doc-signatures')!)).not.toContain('Perdomo');
    expect(text(support.querySelector('.doc-signatures')!)).toContain('C.C. 1117512345');
    expect(screen.queryByText(/REIMPRESIÓN/)).toBeNull();
  });

  it('lists the lines, the total in figures and in words, and the subscriber', () => {
    render(<FacturaDocument invoice={invoice()} company={COMPANY} reprint={0} />);
    const [original] = copies();
    const rows = original!.querySelectorAll('.doc-table tbody tr');
    expect(rows).toHaveLength(3);
    expect(text(rows[1] as HTMLElement)).toMatch(/RECONEXIÓN DEL SERVICIO\s*2\s*\$\s*52\.300\s*\$\s*104\.600/);
    // 38.500 + 104.600 + 75.000
    expect(text(original!.querySelector('.doc-table tfoot')!)).toMatch(/TOTAL A PAGAR\s*\$\s*218\.100/);
    expect(text(original!)).toContain('SON: DOSCIENTOS DIECIOCHO MIL CIEN PESOS M/CTE');
    expect(text(original!)).toContain('Calle 5 # 21-63');
    expect(text(original!)).toContain('01-004');
    expect(text(original!)).toContain('R-07-004');
  });

  it('prints amounts in the office currency (MXN counts centavos)', () => {
    render(<FacturaDocument invoice={invoice()} company={{ ...COMPANY, currency: 'MXN', locale: 'es-MX' }} reprint={0} />);
    const [original] = copies();
    expect(text(original!.querySelector('.doc-table tfoot')!)).toContain(formatCurrency(218_100, 'MXN'));
    expect(text(original!)).toContain('SON: DOS MIL CIENTO OCHENTA Y UN PESOS 00/100 M.N.');
  });

  it('marks a reprint on both copies', () => {
    render(<FacturaDocument invoice={invoice()} company={COMPANY} reprint={3} />);
    expect(screen.getAllByText('REIMPRESIÓN 3')).toHaveLength(2);
  });

  it('on CRÉDITO names the payment agreement and the down payment to pay now', () => {
    render(
      <FacturaDocument invoice={invoice({ paymentForm: 'CREDITO', agreement: agreement() })} company={COMPANY} reprint={0} />,
    );
    const [original] = copies();
    expect(text(original!)).toContain('CRÉDITO');
    expect(text(original!)).toContain('ACP-2026-000004');
    expect(text(original!)).toMatch(/Cuota inicial a pagar\s*\$\s*79\.500/);
  });

  it('shows the company logo when there is one, and a voided factura says ANULADA', () => {
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    render(<FacturaDocument invoice={invoice({ status: 'ANULADA' })} company={{ ...COMPANY, logo }} reprint={1} />);
    expect(screen.getAllByRole('img', { name: /Logo de Servicios Públicos/ })[0]!.getAttribute('src')).toBe(logo);
    expect(screen.getAllByText('ANULADA', { selector: '.doc-stamp' })).toHaveLength(2);
  });
});

describe('VoidNoticeDocument', () => {
  const voided = invoice({
    status: 'ANULADA',
    voided: {
      at: '2026-11-24T14:00:00.000Z',
      by: 'Carlos Andrés Rojas',
      byDocument: '93400111',
      reason: 'El usuario pidió corregir el producto facturado.',
    },
  });

  it('prints the reason, the reversed amount and who voided it, in both copies', () => {
    render(<VoidNoticeDocument invoice={voided} company={COMPANY} reprint={0} />);
    const [original] = expectTwoCopies('FAC-2026-000123', 'Carlos Andrés Rojas', 'Jhon Fredy Perdomo Cuéllar');
    expect(text(original)).toContain('CONSTANCIA DE ANULACIÓN DE FACTURA');
    expect(text(original)).toContain('El usuario pidió corregir el producto facturado.');
    expect(text(original.querySelector('.doc-table tfoot')!)).toMatch(/TOTAL REVERSADO\s*\$\s*218\.100/);
    expect(screen.queryByText(/REIMPRESIÓN/)).toBeNull();
  });

  it("signs with the voiding supervisor's cédula, and marks reprints", () => {
    render(<VoidNoticeDocument invoice={voided} company={COMPANY} reprint={1} />);
    expect(screen.getAllByText('REIMPRESIÓN 1')).toHaveLength(2);
    expect(text(copies()[0]!.querySelector('.doc-signatures')!)).toContain('C.C. 93400111');
  });

  it('prints nothing for a factura that is not voided', () => {
    const { container } = render(<VoidNoticeDocument invoice={invoice()} company={COMPANY} reprint={0} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('AgreementDocument', () => {
  const party = invoice().party;
  const asesor = { fullName: 'Luz Dary Plaza', documentNumber: '40781235' };

  it('has both signatures on both copies, the schedule and the breach clause', () => {
    render(
      <AgreementDocument
        agreement={agreement()}
        subscriber={SUBSCRIBER}
        party={party}
        asesor={asesor}
        company={COMPANY}
        reprint={0}
      />,
    );
    const [original, support] = expectTwoCopies('ACP-2026-000004', 'Jhon Fredy Perdomo Cuéllar', 'Luz Dary Plaza');
    expect(text(original.querySelector('.doc-signatures')!)).toContain('Luz Dary Plaza');
    expect(text(support.querySelector('.doc-signatures')!)).toContain('Jhon Fredy Perdomo Cuéllar');
    const schedule = original.querySelector('.doc-schedule')!;
    expect(schedule.querySelectorAll('tbody tr')).toHaveLength(6);
    expect(text(schedule.querySelector('tbody tr')!)).toMatch(/^1\/6\s*15\/01\/2027/);
    expect(text(original)).toContain('dos (2)');
    expect(text(original)).toContain('INCUMPLIDO');
    expect(text(original)).toMatch(/Interés mensual\s*1,5 %/);
    expect(text(original)).toContain('Factura FAC-2026-000123');
    expect(screen.queryByText(/REIMPRESIÓN/)).toBeNull();
  });

  it('marks reprints, and leaves the asesor line blank when not given', () => {
    render(
      <AgreementDocument
        agreement={agreement({ origin: 'DEUDA', invoiceNumber: null })}
        subscriber={SUBSCRIBER}
        party={party}
        company={COMPANY}
        reprint={2}
      />,
    );
    expect(screen.getAllByText('REIMPRESIÓN 2')).toHaveLength(2);
    expect(text(copies()[0]!)).toContain('Arreglo de deuda');
    expect(text(copies()[0]!.querySelector('.doc-signatures')!)).toContain('Asesor(a) de atención al usuario');
  });
});

describe('TestPageDocument', () => {
  it('prints the workstation, its printers and paper, a ruler and a barcode', () => {
    render(
      <TestPageDocument
        company={COMPANY}
        config={PRINTING}
        number="PRUEBA-VENTANILLA-01"
        reprint={0}
        printedAt="2026-11-23T15:04:05.000Z"
      />,
    );
    const [original] = expectTwoCopies('PRUEBA-VENTANILLA-01', 'Revisó (administración)', 'Revisó (soporte técnico)');
    expect(text(original)).toContain('HP LaserJet Pro M404');
    expect(text(original)).toContain('Predeterminada del sistema');
    expect(text(original)).toContain('Carta');
    expect(original.querySelectorAll('.doc-ruler span')).toHaveLength(100);
    expect(original.querySelectorAll('.doc-barcode svg').length).toBeGreaterThanOrEqual(2);
  });

  it('marks reprints', () => {
    render(
      <TestPageDocument
        company={COMPANY}
        config={PRINTING}
        number="PRUEBA-VENTANILLA-01"
        reprint={1}
        printedAt="2026-11-23T15:04:05.000Z"
      />,
    );
    expect(screen.getAllByText('REIMPRESIÓN 1')).toHaveLength(2);
  });
});
