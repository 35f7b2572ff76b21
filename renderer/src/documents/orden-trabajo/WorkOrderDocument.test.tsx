import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { WorkOrderDocument } from './WorkOrderDocument';
import { COMPANY } from '../test-fixtures';
import { workOrder } from './work-order-fixtures';

function text(el: Element): string {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

describe('WorkOrderDocument', () => {
  it('prints two copies that the field worker and the user both sign', () => {
    render(<WorkOrderDocument order={workOrder()} company={COMPANY} reprint={0} />);
    const [original, support, ...rest] = screen.getAllByRole('region');
    expect(rest).toHaveLength(0);
    for (const copy of [original!, support!]) {
      expect(text(copy)).toContain('ORDEN DE TRABAJO');
      expect(text(copy)).toContain('R-07-010');
      expect(text(copy)).toContain('OT-2026-000012');
      const signatures = text(copy.querySelector('.doc-signatures')!);
      expect(signatures).toContain('Edilberto Cuéllar Rojas');
      expect(signatures).toMatch(/Jhon Fredy Perdomo Cuéllar C\.C\. 1117512345/);
    }
    expect(text(original!)).toContain('ORIGINAL — USUARIO');
    expect(text(support!)).toContain('COPIA — SOPORTE');
  });

  it('says where to go and what to do, and leaves the report blank to fill in', () => {
    render(<WorkOrderDocument order={workOrder()} company={COMPANY} reprint={0} />);
    const page = text(screen.getAllByRole('region')[0]!);
    for (const expected of [
      'RAD-2026-000031',
      'RECONEXIÓN DEL SERVICIO',
      '100004',
      'Calle 12 # 8-45',
      'La Estrella',
      '01-004',
      '3201234567',
      'SÍ · serie MZ-998877 · Elster',
      'Llevar llave de registro y sellos nuevos',
      'factura FAC-2026-000007 pagada',
      'Informe de la actividad en terreno',
      'Hallazgos',
      'Acciones realizadas',
      'Lectura del medidor',
      'SÍ ☐ NO ☐',
    ]) {
      expect(page).toContain(expected);
    }
    expect(screen.getAllByRole('table', { name: 'Materiales utilizados' })[0]!.querySelectorAll('tbody tr')).toHaveLength(3);
    expect(page).not.toContain('Cita de visita');
  });

  it('shows the visit appointment when there is one, and marks a voided order', () => {
    render(
      <WorkOrderDocument
        order={workOrder({ status: 'ANULADA', appointment: { visitOn: '2026-11-25', timeWindow: '08:00-10:00' } })}
        company={COMPANY}
        reprint={1}
      />,
    );
    const page = text(screen.getAllByRole('region')[0]!);
    expect(page).toMatch(/Cita de visita\s?25\/11\/2026 · 08:00-10:00/);
    expect(screen.getAllByText('ANULADA')).toHaveLength(2);
    expect(screen.getAllByText('REIMPRESIÓN 1')).toHaveLength(2);
  });
});
