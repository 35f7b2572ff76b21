import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { agendaDay } from '../../test/agenda-fixtures';
import { COMPANY } from '../test-fixtures';
import { RouteSheet } from './RouteSheet';

const COORDINADOR = { fullName: 'Ferney Chávez Muñoz', documentNumber: '17689012', role: 'COORDINADOR_PQR' as const };
const text = (el: Element) => (el.textContent ?? '').replace(/\s/g, ' ');

describe('RouteSheet (hoja de ruta)', () => {
  it('prints one page per field worker, then the visits not assigned, numbered by the day', () => {
    render(<RouteSheet day={agendaDay()} company={COMPANY} reprint={0} printedBy={COORDINADOR} />);
    const pages = screen.getAllByRole('region');
    expect(pages.map((p) => p.getAttribute('aria-label'))).toEqual([
      'HOJA DE RUTA DE VISITAS HR-2026-11-24 — HOJA DE RUTA — HERNÁN CUÉLLAR',
      'HOJA DE RUTA DE VISITAS HR-2026-11-24 — HOJA DE RUTA — SIN ASIGNAR',
    ]);
    const [worker, unassigned] = pages as [HTMLElement, HTMLElement];
    expect(text(worker)).toContain('R-07-009');
    expect(text(worker)).toMatch(/Día de las visitas\s*martes, 24 de noviembre de 2026/);
    expect(text(worker)).toContain('Hernán Cuéllar · C.C. 17600111');
    const signatures = text(worker.querySelector('.doc-signatures')!);
    expect(signatures).toContain('Ferney Chávez Muñoz');
    expect(signatures).toContain('Coordinador PQR — entrega');
    expect(signatures).toMatch(/Hernán Cuéllar\s*C\.C\. 17600111\s*Contratista — recibe/);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    const rows = (page: HTMLElement) =>
      within(within(page).getByRole('table', { name: /^Visitas de/ }))
        .getAllByRole('row')
        .slice(1);
    expect(rows(worker).map(cells)).toEqual([
      [
        '1',
        '01-003',
        '10:00-12:00',
        '100013',
        'Usuario 3Calle 3 # 4-5 · Centro',
        '310000003',
        'RAD-2026-000003VISITA DOMICILIARIAOT OT-2026-000001',
        '',
        '',
        '',
      ],
    ]);

    expect(rows(unassigned).map((r) => cells(r).slice(0, 3))).toEqual([
      ['1', '01-001', '08:00-10:00'],
      ['2', '01-002', '14:00-16:00'],
    ]);
    expect(text(unassigned.querySelector('.doc-signatures')!)).toContain('C.C. ____________________');
    expect(screen.queryByText(/REIMPRESIÓN/)).toBeNull();
  });

  it('says plainly that a day has no visits, and marks a reprint', () => {
    render(<RouteSheet day={agendaDay({ groups: [] })} company={COMPANY} reprint={2} printedBy={COORDINADOR} />);
    const pages = screen.getAllByRole('region');
    expect(pages).toHaveLength(1);
    expect(text(pages[0]!)).toContain('No hay visitas agendadas este día.');
    expect(text(pages[0]!)).toContain('REIMPRESIÓN 2');
  });
});
