import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineStylesheet, startAfterFirstPaint } from './prerender-plugin';

const PAGE = `<head>
    <script type="module" crossorigin src="./assets/index-Abc_1.js" nonce="__N__"></script>
    <link rel="stylesheet" crossorigin href="./assets/index-x.css" nonce="__N__">
  </head><body><div id="root"><main>login</main></div></body>`;

describe('startAfterFirstPaint', () => {
  it('asks for the application script only after the first frame (or a timer), with the same nonce', () => {
    const page = startAfterFirstPaint(PAGE);
    expect(page).not.toContain('src="./assets/index-Abc_1.js"');
    expect(page).not.toContain('modulepreload');
    expect(page).toContain(`<script type="module" nonce="__N__">`);
    expect(page).toContain(`import('./assets/index-Abc_1.js')`);
    expect(page).toMatch(/requestAnimationFrame\(\(\) => setTimeout\(start, 0\)\); setTimeout\(start, 250\);/);
    // Started once whichever comes first.
    expect(page).toContain('if (!started) { started = true;');
    expect(page).toContain('<link rel="stylesheet" crossorigin href="./assets/index-x.css" nonce="__N__">');
  });

  it('refuses a page whose entry script is not where the build puts it', () => {
    expect(() => startAfterFirstPaint('<head></head>')).toThrow(/no trae el script/);
  });
});

describe('inlineStylesheet', () => {
  it('puts the fonts stylesheet in the page with its nonce, the font paths from the page, and preloads the woff2', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'ventanilla-prerender-'));
    try {
      mkdirSync(path.join(out, 'assets'));
      writeFileSync(path.join(out, 'assets', 'index-x.css'), '@font-face{src:url(./r-400.woff2)format("woff2"),url(./r-400.woff)format("woff")}');
      const page = await inlineStylesheet(PAGE, out);
      expect(page).not.toContain('rel="stylesheet"');
      expect(page).toContain('<style nonce="__N__">@font-face{src:url(./assets/r-400.woff2)format("woff2"),url(./assets/r-400.woff)format("woff")}</style>');
      expect(page).toContain('<link rel="preload" as="font" type="font/woff2" crossorigin href="./assets/r-400.woff2" nonce="__N__">');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});
