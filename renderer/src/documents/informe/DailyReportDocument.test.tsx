import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dailyReport } from '../../test/report-fixtures';
import { COMPANY } from '../test-fixtures';
import { DailyReportDocument } from './DailyReportDocument';

const SUPERVISOR = { fullName: 'Arley Perdomo Losada', documentNumber: '7689123', role: 'SUPERVISOR' as const };
const text = (el: Element) => (el.textContent ?? '').replace(/\s/g, ' ');

function renderReport(reprint = 0) {
  render(
    <DailyReportDocument
      report={dailyReport()}
      company={COMPANY}
      reprint={reprint}
      generatedBy={SUPERVISOR}
      generatedAt="2026-11-23T23:10:00Z"
    />,
  );
  const pages = screen.getAllByRole('region');
  expect(pages).toHaveLength(1);
  return pages[0]!;
}

describe('DailyReportDocument', () => {
  it('is one copy titled with the day, numbered INF-<date>, signed by the supervisor who printed it', () => {
    const page = renderReport();
    expect(text(page)).toContain('INFORME DIARIO — LUNES, 23 DE NOVIEMBRE DE 2026');
    expect(text(page)).toContain('INFORME DIARIO DE LA OFICINA');
    expect(within(page).getAllByText('INF-2026-11-23').length).toBeGreaterThan(0);
    expect(text(page)).not.toContain('COPIA — SOPORTE');
    const signature = text(page.querySelector('.doc-signatures')!);
    expect(signature).toContain('Arley Perdomo Losada');
    expect(signature).toContain('C.C. 7689123');
    expect(signature).toContain('Supervisor — revisó');
    expect(text(page)).toMatch(/Generado por\s*Arley Perdomo Losada/);
    expect(screen.queryByText(/REIMPRESIÓN/)).toBeNull();
  });

  it('prints every section with its totals, Totales first', () => {
    const page = renderReport();
    const titles = [...page.querySelectorAll('.doc-section-title')].map((t) => t.textContent);
    expect(titles).toEqual([
      'Informe',
      'Totales',
      'Pagos por cajero y medio',
      'Anulaciones',
      'Cajas',
      'Recibos por cajero',
      'Documentos por asesor',
      'Trámites PQR',
      'Trámites radicados por tipo, causal y asesor',
      'Trámites abiertos por estado',
      'Trámites vencidos',
      'Trámites por vencer',
      'Visitas del 24/11/2026 por contratista',
      'Órdenes de trabajo pendientes por contratista',
      'Trámites de ventanilla recibidos',
      'Cancelaciones de toma por aprobar',
      'Inspecciones de medidor vencidas o por vencer',
      'Certificados de no adeudo expedidos',
    ]);
    const [, totals, payments, , tills] = [...page.querySelectorAll('.doc-section')];
    expect(text(totals!)).toMatch(/Recaudado \(sin anulados\)\s*2\s*\$\s190\.500/);
    expect(text(payments!.querySelector('tfoot')!)).toMatch(/Total recaudado\s*2\s*\$\s190\.500/);
    expect(text(tills!)).toMatch(/Faltante\s\$\s5\.000/);
    const certificates = [...page.querySelectorAll('.doc-section')].at(-1)!;
    expect(text(certificates)).toMatch(/CND-2026-000001\s*100010\s*Rubiela Cabrera Muñoz\s*23\/12\/2026\s*Luz Dary Plaza/);
  });

  it('puts a typed reason or note on a full-width line under its row, not in a narrow column', () => {
    const page = renderReport();
    const [, , , voids, tills] = [...page.querySelectorAll('.doc-section')];
    expect([...voids!.querySelectorAll('thead th')].map((th) => th.textContent)).not.toContain('Motivo');
    const reason = voids!.querySelector('tr.doc-report-note td')!;
    expect(reason.getAttribute('colspan')).toBe('6');
    expect(text(reason)).toBe('Motivo: Pago registrado dos veces; "cupón" duplicado');
    expect(text(tills!.querySelector('tr.doc-report-note')!)).toBe('Observación: Faltante por revisar');
    expect(text(voids!.querySelector('tfoot')!)).toMatch(/^Total anulado\s*1 recibo\s*\$\s52\.300$/);
  });

  it('lists every receipt of the day by cashier: number, hour, subscriber, method and value, voided ones marked', () => {
    const page = renderReport();
    const receipts = [...page.querySelectorAll('.doc-section')].find(
      (s) => s.querySelector('.doc-section-title')?.textContent === 'Recibos por cajero',
    )!;
    expect(text(receipts.querySelector('thead')!)).toBe('CajeroReciboHoraSuscriptorMedio de pagoEstadoValor');
    const rows = [...receipts.querySelectorAll('tbody tr')].map((r) => text(r));
    expect(rows).toEqual([
      expect.stringMatching(/^Yesenia Buendía RodríguezREC-2026-0000019:10 a\. m\.100004EfectivoPagado\$ 90\.000$/),
      expect.stringMatching(/^Yesenia Buendía RodríguezREC-2026-0000029:40 a\. m\.100012Efectivo \+ TarjetaPagado\$ 100\.500$/),
      expect.stringMatching(/^Yesenia Buendía RodríguezREC-2026-0000039:55 a\. m\.100020EfectivoAnulado\$ 52\.300$/),
    ]);
    expect(text(receipts.querySelector('tfoot')!)).toMatch(/^Total recaudado \(sin anulados\)\s*2 recibos\s*\$\s190\.500$/);
  });

  it('marks a reprint', () => {
    renderReport(2);
    expect(screen.getAllByText('REIMPRESIÓN 2')).toHaveLength(1);
  });
});
