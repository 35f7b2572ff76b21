import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatCurrency } from '../../format/format';
import { CouponDocument } from './CouponDocument';
import { barcodeSvg } from '../layout/Barcode';
import { COMPANY } from '../test-fixtures';
import { coupon } from './coupon-fixtures';

/** The text as printed, cells and lines apart: each text node separated by a space. */
function text(el: Element): string {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** The bars of a bwip-js SVG (each stroke width with its positions), however it was serialised. */
const barsOf = (svg: string) => [...svg.matchAll(/stroke-width="(\d+)" d="([^"]+)"/g)].map((m) => `${m[1]}:${m[2]}`);

describe('CouponDocument', () => {
  it('prints both labelled copies: the asesor signs the original, the user the support copy', () => {
    render(<CouponDocument coupon={coupon()} company={COMPANY} reprint={0} />);
    const [original, support, ...rest] = screen.getAllByRole('region');
    expect(rest).toHaveLength(0);
    expect(text(original!)).toContain('ORIGINAL — USUARIO');
    expect(text(support!)).toContain('COPIA — SOPORTE');
    expect(text(original!)).toContain('CUPÓN DE PAGO');
    expect(text(original!.querySelector('.doc-signatures')!)).toContain('Luz Dary Plaza');
    expect(text(original!.querySelector('.doc-signatures')!)).not.toContain('Perdomo');
    expect(text(support!.querySelector('.doc-signatures')!)).toContain('Jhon Fredy Perdomo Cuéllar');
    expect(screen.queryByText(/REIMPRESIÓN/)).toBeNull();
  });

  it('lists what it pays, the total in figures and words, and the due date', () => {
    render(<CouponDocument coupon={coupon()} company={COMPANY} reprint={0} />);
    const original = screen.getAllByRole('region')[0]!;
    const rows = original.querySelectorAll('.doc-table tbody tr');
    expect(rows).toHaveLength(2);
    expect(text(rows[1]!)).toMatch(/RECONEXIÓN DEL SERVICIO FAC-2026-000123 03\/12\/2026 \$ 52\.300/);
    expect(text(original.querySelector('.doc-table tfoot')!)).toMatch(/TOTAL A PAGAR \$ 111\.040/);
    expect(text(original)).toContain('SON: CIENTO ONCE MIL CUARENTA PESOS M/CTE');
    const strip = original.querySelector('.doc-pay')!;
    expect(text(strip)).toMatch(/Total a pagar\s?\$ 111\.040/);
    expect(text(strip)).toMatch(/Páguese hasta\s?28\/11\/2026/);
  });

  it('draws in each copy a Code 128 barcode of exactly the coupon number, for the cash desk scanner', () => {
    render(<CouponDocument coupon={coupon()} company={COMPANY} reprint={0} />);
    expect(barsOf(barcodeSvg('CUP-2026-000123')!).length).toBeGreaterThan(2);
    for (const copy of screen.getAllByRole('region')) {
      const bars = within(copy.querySelector<HTMLElement>('.doc-pay')!).getByRole('img', {
        name: 'Código de barras CUP-2026-000123',
      });
      expect(barsOf(bars.innerHTML)).toEqual(barsOf(barcodeSvg('CUP-2026-000123')!));
      expect(bars.querySelector('svg')).not.toBeNull();
    }
    expect(barsOf(barcodeSvg('CUP-2026-000123')!)).not.toEqual(barsOf(barcodeSvg('CUP-2026-000124')!));
  });

  it('prints amounts in the office currency (MXN counts centavos)', () => {
    render(<CouponDocument coupon={coupon()} company={{ ...COMPANY, currency: 'MXN', locale: 'es-MX' }} reprint={0} />);
    const original = screen.getAllByRole('region')[0]!;
    expect(text(original.querySelector('.doc-pay')!)).toContain(formatCurrency(111_040, 'MXN').replace(/\s/g, ' '));
    expect(text(original)).toContain('SON: MIL CIENTO DIEZ PESOS 40/100 M.N.');
  });

  it('leaves the user line to fill in by hand when no solicitante was recorded', () => {
    render(<CouponDocument coupon={coupon({ party: null })} company={COMPANY} reprint={0} />);
    const support = screen.getAllByRole('region')[1]!;
    expect(text(support.querySelector('.doc-signatures')!)).toContain('C.C. ____');
    expect(text(support)).not.toContain('Solicitante');
  });

  it('marks reprints, and stamps a paid or expired coupon', () => {
    const { unmount } = render(
      <CouponDocument coupon={coupon({ status: 'PAGADO', receiptNumber: 'REC-2026-000009' })} company={COMPANY} reprint={2} />,
    );
    expect(screen.getAllByText('REIMPRESIÓN 2')).toHaveLength(2);
    expect(screen.getAllByText('PAGADO', { selector: '.doc-stamp' })).toHaveLength(2);
    unmount();
    render(<CouponDocument coupon={coupon({ status: 'VENCIDO' })} company={COMPANY} reprint={0} />);
    expect(screen.getAllByText('VENCIDO', { selector: '.doc-stamp' })).toHaveLength(2);
  });
});
