import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CloseReportDocument } from './CloseReportDocument';
import { ReceiptDocument } from './ReceiptDocument';
import { ReceiptVoidDocument } from './ReceiptVoidDocument';
import { COMPANY } from '../test-fixtures';
import { closeReport, COUPON, receipt, VOIDED } from './caja-fixtures';

const copies = () => screen.getAllByRole('region');
const text = (el: Element) => (el.textContent ?? '').replace(/\s/g, ' ');

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('ReceiptDocument', () => {
  it.each([false, true])('prints two copies, user and corte del día, each stamped PAGADO (roll: %s)', (roll) => {
    render(<ReceiptDocument receipt={receipt()} company={COMPANY} reprint={0} roll={roll} />);
    const [user, desk, ...rest] = copies();
    expect(rest).toHaveLength(0);
    expect(text(user!)).toContain('ORIGINAL — USUARIO');
    expect(text(desk!)).toContain('COPIA — CORTE DEL DÍA');
    for (const copy of [user!, desk!]) {
      const stamp = within(copy).getByLabelText('PAGADO REC-2026-000045');
      // Date and time at the office (Bogotá), whatever the computer's zone.
      expect(text(stamp)).toBe(
        'PAGADOFecha23/11/2026Hora10:04:09 a. m.Cajero(a)Martha Lucía CuéllarReciboREC-2026-000045FacturaFAC-2026-000123',
      );
      expect(text(copy)).toContain('CUP-2026-000123');
      expect(text(copy)).toContain('Esperanza Torres Muñoz');
      expect(text(copy)).toContain('VOUCHER 884213');
      expect(text(copy)).toContain('SON: CIENTO CUARENTA Y NUEVE MIL QUINIENTOS CUARENTA PESOS M/CTE');
    }
    expect(screen.queryByText('ANULADO')).toBeNull();
  });

  it('dates a payment at 21:57 in Bogotá with the office’s day and hour, on a computer whose clock is in Kiritimati', () => {
    vi.stubEnv('TZ', 'Pacific/Kiritimati');
    // 02:57 UTC on the 25th: 16:57 on the 25th for the computer, 21:57 on the 24th at the office.
    render(<ReceiptDocument receipt={receipt({ paidAt: '2026-11-25T02:57:09.000Z' })} company={COMPANY} reprint={0} />);
    const [user] = copies();
    expect(text(within(user!).getByLabelText('PAGADO REC-2026-000045'))).toContain('Fecha24/11/2026Hora9:57:09 p. m.');
    expect(text(user!)).toContain('Fecha y hora del pago24/11/2026, 9:57 p. m.');
    expect(text(user!.querySelector('.doc-header-id')!)).toContain('Fecha24/11/2026, 9:57 p. m.');
    expect(text(user!)).not.toContain('25/11/2026');
  });

  it('lists what was paid and how, with the change, on Letter', () => {
    render(<ReceiptDocument receipt={receipt()} company={COMPANY} reprint={0} />);
    const [user] = copies();
    const items = within(user!).getByRole('table', { name: 'Conceptos pagados' });
    expect(text(items.querySelector('tfoot')!)).toMatch(/TOTAL PAGADO\s*\$\s*149\.540/);
    const tenders = within(user!).getByRole('table', { name: 'Medios de pago' });
    expect(text(tenders)).toMatch(/Efectivo\s*—\s*\$\s*150\.000\s*\$\s*100\.000/);
    expect(text(tenders.querySelector('tfoot')!)).toMatch(/CAMBIO\s*\$\s*50\.000/);
  });

  it.each([false, true])('names the factura paid by its number at CAJA, and none for a coupon of bills (roll: %s)', (roll) => {
    const facturas = { ...COUPON, invoices: ['FAC-2026-000123', 'FAC-2026-000124'] };
    const { unmount } = render(
      <ReceiptDocument receipt={receipt({ coupon: facturas })} company={COMPANY} reprint={0} roll={roll} />,
    );
    const [user] = copies();
    expect(text(within(user!).getByLabelText('PAGADO REC-2026-000045'))).toContain('FacturasFAC-2026-000123, FAC-2026-000124');
    if (!roll) expect(text(user!)).toContain('del pago del cupón CUP-2026-000123 (facturas FAC-2026-000123, FAC-2026-000124).');
    unmount();
    render(
      <ReceiptDocument receipt={receipt({ coupon: { ...COUPON, invoices: [] } })} company={COMPANY} reprint={0} roll={roll} />,
    );
    expect(text(copies()[0]!)).not.toMatch(/Factura(s)?FAC/);
    expect(text(within(copies()[0]!).getByLabelText('PAGADO REC-2026-000045'))).not.toContain('Factura');
  });

  it('marks a voided receipt reprinted as ANULADO, with its void number', () => {
    render(<ReceiptDocument receipt={VOIDED} company={COMPANY} reprint={2} />);
    expect(screen.getAllByText('REIMPRESIÓN 2')).toHaveLength(2);
    expect(screen.getAllByText('ANULADO')).toHaveLength(2);
    expect(text(copies()[0]!)).toContain('ANR-2026-000002');
  });
});

describe('ReceiptVoidDocument', () => {
  it.each([false, true])('is numbered ANR, says what was voided and why, signed by both (roll: %s)', (roll) => {
    render(<ReceiptVoidDocument receipt={VOIDED} company={COMPANY} reprint={0} roll={roll} />);
    const [first, second] = copies();
    expect(copies()).toHaveLength(2);
    for (const copy of [first!, second!]) {
      expect(within(copy).getAllByText('ANR-2026-000002').length).toBeGreaterThan(0);
      expect(text(copy)).toContain('REC-2026-000045');
      expect(text(copy)).toContain('Se cobró el cupón de otro suscriptor; el usuario lo devolvió.');
      expect(text(copy)).toContain('$ 149.540');
      const signatures = text(copy.querySelector(roll ? '.doc-roll-signatures' : '.doc-signatures')!);
      expect(signatures).toContain('Martha Lucía Cuéllar');
      expect(signatures).toContain('C.C. 1117498765');
      expect(signatures).toContain('Carlos Andrés Rojas');
      expect(signatures).toContain('Supervisor(a) que aprueba');
    }
  });

  it('prints nothing for a receipt that was not voided', () => {
    const { container } = render(<ReceiptVoidDocument receipt={receipt()} company={COMPANY} reprint={0} />);
    expect(container.textContent).toBe('');
  });
});

describe('CloseReportDocument', () => {
  it('prints the count, expected, the FALTANTE with its note, methods, receipts and voids, in two signed copies', () => {
    render(<CloseReportDocument report={closeReport()} company={COMPANY} reprint={0} />);
    const [supervisor, cashier] = copies();
    expect(copies()).toHaveLength(2);
    expect(text(supervisor!)).toContain('ORIGINAL — SUPERVISOR');
    expect(text(cashier!)).toContain('COPIA — CAJERO');
    const copy = supervisor!;
    expect(within(copy).getAllByText('CC-2026-000012').length).toBeGreaterThan(0);
    expect(text(within(copy).getByRole('table', { name: 'Arqueo por denominación' }))).toMatch(
      /\$\s*2\.000\s*3\s*\$\s*6\.000.*TOTAL CONTADO\s*\$\s*296\.000/,
    );
    const result = text(within(copy).getByRole('table', { name: 'Resultado del arqueo' }));
    expect(result).toMatch(/Efectivo esperado.*\$\s*300\.000\s*FALTANTE\s*\$\s*4\.000$/);
    expect(text(copy)).toContain('Faltante: billete de 2.000 devuelto de más en un cambio.');
    expect(text(within(copy).getByRole('table', { name: 'Recaudo por medio de pago' }))).toMatch(
      /Tarjeta\s*1\s*\$\s*49\.540.*NETO RECAUDADO\s*\$\s*149\.540/,
    );
    expect(text(within(copy).getByRole('table', { name: 'Recibos de la sesión' }))).toMatch(/REC-2026-000046.*ANULADO/);
    expect(text(within(copy).getByRole('table', { name: 'Anulaciones' }))).toContain('ANR-2026-000002');
    const signatures = text(copy.querySelector('.doc-signatures')!);
    expect(signatures).toContain('Cajero(a) que entrega');
    expect(signatures).toContain('Supervisor(a) que recibe');
  });

  it('labels an overage SOBRANTE, and amounts of an MXN office in pesos with centavos', () => {
    render(
      <CloseReportDocument
        report={closeReport({ currency: 'MXN', countedCash: 305_050, expectedCash: 300_000, difference: 5_050 })}
        company={COMPANY}
        reprint={0}
      />,
    );
    const result = text(within(copies()[0]!).getByRole('table', { name: 'Resultado del arqueo' }));
    expect(result).toMatch(/SOBRANTE\s*MXN\s*50,50$/);
  });
});
