import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EdictDocument } from '../edicto/EdictDocument';
import { COMPANY } from '../test-fixtures';
import { ResponseLetterDocument } from './ResponseLetterDocument';
import { edict, responseLetter } from './response-fixtures';

const copies = () => screen.getAllByRole('region');
const text = (el: Element) => el.textContent ?? '';

describe('ResponseLetterDocument', () => {
  it('prints the oficio twice: the original signed by the coordinator, the support copy with a Recibí block', () => {
    render(<ResponseLetterDocument letter={responseLetter()} company={COMPANY} reprint={0} />);
    const [original, support, ...rest] = copies();
    expect(rest).toHaveLength(0);
    expect(text(original!)).toContain('ORIGINAL — USUARIO');
    expect(text(support!)).toContain('COPIA — SOPORTE');
    for (const copy of [original!, support!]) {
      expect(text(copy)).toContain('OFICIO DE RESPUESTA');
      expect(text(copy)).toContain('R-07-011');
      expect(text(copy)).toContain('OFI-2026-000017');
      expect(text(copy)).toContain('Florencia, Caquetá, 26 de noviembre de 2026');
      expect(text(copy)).toContain('Esperanza Torres Muñoz');
      expect(text(copy)).toContain('Calle 5 # 21-63');
      expect(text(copy)).toContain('100234');
      expect(text(copy)).toMatch(/Referencia:\s*Radicado RAD-2026-000042 del 23\/11\/2026/);
      expect(text(copy)).toContain('En la visita se encontró: sifón obstruido.');
    }
    const originalSigns = text(original!.querySelector('.doc-signatures')!);
    expect(originalSigns).toContain('Ferney Chávez Muñoz');
    expect(originalSigns).toContain('Coordinador(a) de PQR');
    expect(originalSigns).not.toContain('Recibí');
    const supportSigns = text(support!.querySelector('.doc-signatures')!);
    expect(supportSigns).toContain('Ferney Chávez Muñoz');
    expect(supportSigns).toMatch(/C\.C\. _+.*Recibí — Fecha/);
  });

  it('keeps the line breaks the coordinator typed', () => {
    render(<ResponseLetterDocument letter={responseLetter()} company={COMPANY} reprint={2} />);
    const body = copies()[0]!.querySelector('.doc-letter-body') as HTMLElement;
    expect(body.textContent).toContain('\n\nEn la visita');
    expect(body.style.whiteSpace).toBe('pre-wrap');
    expect(screen.getAllByText('REIMPRESIÓN 2')).toHaveLength(2);
  });
});

describe('EdictDocument', () => {
  it('says which letter could not be notified, for whom, and the computed posting and removal dates', () => {
    render(<EdictDocument edict={edict()} company={COMPANY} reprint={0} />);
    const [original, support] = copies();
    expect(copies()).toHaveLength(2);
    expect(text(original!)).toContain('ORIGINAL — CARTELERA');
    expect(text(support!)).toContain('COPIA — SOPORTE');
    const page = text(original!);
    expect(page).toContain('EDICTO No. EDI-2026-000005');
    expect(page).toContain('R-07-012');
    expect(page).toMatch(/oficio de respuesta No\.\s*OFI-2026-000017 del 26 de noviembre de 2026/);
    expect(page).toContain('Esperanza Torres Muñoz (C.C. 40612345)');
    expect(page).toContain('no pudo ser notificado personalmente');
    expect(page).toMatch(/diez \(10\) días hábiles, desde el 30 de noviembre de 2026 hasta el 16 de diciembre de 2026/);
    expect(page).toMatch(/Fijado el ____/);
    expect(page).toMatch(/Desfijado el ____/);
    expect(page).toContain('sifón obstruido');
    for (const copy of [original!, support!]) {
      const signs = text(copy.querySelector('.doc-signatures')!);
      expect(signs).toContain('Nubia Cuéllar Trujillo');
      expect(signs).toContain('Gestión documental');
    }
  });
});
