import { describe, expect, it } from 'vitest';
import { startAfterFirstPaint } from './prerender-plugin';

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
