import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Barcode, barcodeSvg } from './Barcode';

/** The bar widths of a Code 128 SVG, left to right, from bwip-js's stroke paths. */
function barCount(svg: string): number {
  return [...svg.matchAll(/M[\d.]+ \d+L/g)].length;
}

describe('Barcode', () => {
  it('draws a Code 128 SVG of the number, with the number as text under it', () => {
    render(<Barcode value="FAC-2026-000123" />);
    const bars = screen.getByRole('img', { name: 'Código de barras FAC-2026-000123' });
    const svg = bars.querySelector('svg')!;
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(screen.getByText('FAC-2026-000123')).toBeTruthy();
  });

  it('encodes each number differently', () => {
    const a = barcodeSvg('FAC-2026-000123')!;
    const b = barcodeSvg('FAC-2026-000124')!;
    expect(barCount(a)).toBeGreaterThan(10);
    expect(a).not.toBe(b);
  });

  it('prints only the text when the value cannot be encoded', () => {
    expect(barcodeSvg('')).toBeNull();
    expect(barcodeSvg('AÑO')).toBeNull();
    const { container } = render(<Barcode value="AÑO" />);
    expect(container.querySelector('svg')).toBeNull();
    expect(container.textContent).toBe('AÑO');
  });
});
