import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatementDocument } from './StatementDocument';
import { statement } from '../cupon/coupon-fixtures';
import { COMPANY } from '../test-fixtures';

/** The text as printed, cells and lines apart: each text node separated by a space. */
function text(el: Element): string {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
const copies = () => screen.getAllByRole('region');

describe('StatementDocument', () => {
  it('prints both copies with the number; the asesor signs the original, the solicitante the support', () => {
    render(<StatementDocument statement={statement()} company={COMPANY} reprint={0} />);
    const [original, support, ...rest] = copies();
    expect(rest).toHaveLength(0);
    for (const copy of [original!, support!]) {
      expect(text(copy)).toContain('ESTADO DE CUENTA');
      expect(text(copy)).toContain('EDC-2026-000045');
    }
    expect(text(original!)).toContain('ORIGINAL — USUARIO');
    expect(text(support!)).toContain('COPIA — SOPORTE');
    expect(text(original!.querySelector('.doc-signatures')!)).toContain('Luz Dary Plaza');
    expect(text(support!.querySelector('.doc-signatures')!)).toMatch(/Jhon Fredy Perdomo Cuéllar C\.C\. 1117512345/);
  });

  it('records the carta poder, the balance, what is overdue and each open debt', () => {
    render(<StatementDocument statement={statement()} company={COMPANY} reprint={0} />);
    const original = copies()[0]!;
    expect(text(original)).toContain('Con carta poder');
    expect(text(original)).toContain('Carta poder del 20/11/2026 otorgada por Esperanza Torres Muñoz');
    expect(text(original)).toMatch(/Saldo a la fecha\s?\$ 121\.240/);
    expect(text(original)).toMatch(/Valor vencido\s?\$ 58\.740/);
    const [owed, movements] = original.querySelectorAll('.doc-table');
    expect(owed!.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(text(owed!.querySelector('tbody tr')!)).toMatch(/Factura de servicios 2026-09\s?VENCIDA/);
    expect(text(owed!.querySelectorAll('tbody tr')[1]!)).not.toContain('VENCIDA');
    expect(text(owed!.querySelector('tfoot')!)).toMatch(/TOTAL ADEUDADO \$ 121\.240/);
    // Oldest first, so the running balance reads down to today's.
    const rows = [...movements!.querySelectorAll('tbody tr')].map(text);
    expect(rows[0]).toMatch(/^18\/09\/2026 Pago Bancolombia Pago -\$ 55\.100 \$ 0$/);
    expect(rows[2]).toMatch(/\$ 121\.240$/);
  });

  it('for the titular says so, with no carta poder line, and marks reprints', () => {
    render(<StatementDocument statement={statement({ capacity: 'TITULAR', powerNote: '' })} company={COMPANY} reprint={1} />);
    const original = copies()[0]!;
    expect(text(original)).toMatch(/Calidad\s?Titular/);
    expect(text(original)).not.toContain('Carta poder');
    expect(screen.getAllByText('REIMPRESIÓN 1')).toHaveLength(2);
  });

  it('says when the account owes nothing', () => {
    render(<StatementDocument statement={statement({ owed: [], balance: 0, overdue: 0 })} company={COMPANY} reprint={0} />);
    expect(text(copies()[0]!)).toContain('La cuenta no tiene deudas pendientes.');
  });
});
