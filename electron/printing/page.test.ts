import { describe, expect, it } from 'vitest';
import { PRINT_PAGE_CSP, wrapPage } from './page';

const content = { html: '<section>ORIGINAL — USUARIO</section><section>COPIA — SOPORTE</section>', css: '.doc { color: #000; }' };

describe('wrapPage', () => {
  it('makes a standalone UTF-8 page with the body, the stylesheet and a CSP without scripts or network', () => {
    const page = wrapPage({ ...content, paper: 'CARTA', title: 'FACTURA FAC-2026-000001' });
    expect(page.html).toMatch(/^<!doctype html>/);
    expect(page.html).toContain('<meta charset="utf-8">');
    expect(page.html).toContain(`<meta http-equiv="Content-Security-Policy" content="${PRINT_PAGE_CSP}">`);
    expect(PRINT_PAGE_CSP).toContain("default-src 'none'");
    expect(PRINT_PAGE_CSP).toContain('img-src data:');
    expect(PRINT_PAGE_CSP).not.toMatch(/script-src|unsafe-eval|http/);
    expect(page.html).toContain(content.html);
    expect(page.html).toContain(content.css);
    expect(page.html).toContain('<title>FACTURA FAC-2026-000001</title>');
    expect(page).toMatchObject({ paper: 'CARTA', title: 'FACTURA FAC-2026-000001' });
  });

  it('sizes the page by paper, after the documents stylesheet so the workstation paper wins', () => {
    const size = (paper: 'CARTA' | 'OFICIO' | 'ROLLO_80MM') => {
      const html = wrapPage({ html: 'x', css: '@page { size: letter; }', paper, title: 't' }).html;
      const rules = [...html.matchAll(/@page \{ size: ([^;]+);/g)].map((m) => m[1]);
      return rules.at(-1);
    };
    expect(size('CARTA')).toBe('8.5in 11in');
    expect(size('OFICIO')).toBe('216mm 330mm');
    expect(size('ROLLO_80MM')).toBe('80mm 297mm');
  });

  it('keeps a stylesheet from closing its <style> and escapes the title', () => {
    const page = wrapPage({ html: 'x', css: 'a{}</style><script>alert(1)</script>', paper: 'CARTA', title: 'A <b> & C' });
    expect(page.html).not.toContain('</style><script>');
    expect(page.html).toContain('<title>A &lt;b&gt; &amp; C</title>');
  });
});
