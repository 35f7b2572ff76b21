import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';

const ROOT_ELEMENT = '<div id="root"></div>';

const ENTRY_SCRIPT = /<script type="module" crossorigin src="(\.\/assets\/[^"]+\.js)" nonce="([^"]+)"><\/script>/;

/**
 * The application's script is asked for only once the drawn login has been painted: fetched or
 * preloaded before, its compilation and run would hold that first frame for as long as they take.
 * A timer starts it too where no frame comes (a window not shown yet).
 */
export function startAfterFirstPaint(page: string): string {
  const entry = ENTRY_SCRIPT.exec(page);
  if (!entry) throw new Error('index.html no trae el script de la aplicación donde se esperaba');
  const [tag, src, nonce] = entry;
  const start =
    `let started = false; const start = () => { if (!started) { started = true; void import('${src}'); } };` +
    ' requestAnimationFrame(() => setTimeout(start, 0)); setTimeout(start, 250);';
  return page.replace(
    tag,
    `<script type="module" nonce="${nonce}">${start}</script>`,
  );
}

const STYLESHEET = /<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)" nonce="([^"]+)">/;

/**
 * The bundle's stylesheet (the fonts' @font-face, a few hundred bytes) goes into the page, so the
 * first frame waits for no request; its fonts are asked for at once (preload), not after layout.
 */
export async function inlineStylesheet(page: string, outDir: string): Promise<string> {
  const link = STYLESHEET.exec(page);
  if (!link) return page;
  const [tag, href = '', nonce = ''] = link;
  const folder = path.posix.dirname(href);
  const css = (await readFile(path.join(outDir, href), 'utf8')).replace(/url\(\.\//g, `url(./${folder}/`);
  const fonts = [...css.matchAll(/url\((\.\/[^)]+\.woff2)\)/g)].map(
    ([, font]) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="${font}" nonce="${nonce}">`,
  );
  return page.replace(tag, [...fonts, `<style nonce="${nonce}">${css}</style>`].join('\n    '));
}

/**
 * After the renderer's build: renders its first screen (src/prerender.tsx, built for Node) into
 * index.html's root element, so the window paints the login without waiting for the script.
 */
export function prerenderFirstScreen(options: { root: string; outDir: string }): Plugin {
  let ssr = false;
  return {
    name: 'ventanilla-prerender-first-screen',
    apply: 'build',
    configResolved(config) {
      ssr = Boolean(config.build.ssr);
    },
    async closeBundle() {
      if (ssr) return;
      const work = path.resolve(options.outDir, '..', 'prerender');
      try {
        await build({
          configFile: false,
          root: options.root,
          logLevel: 'warn',
          plugins: [react()],
          ssr: { noExternal: true },
          build: {
            ssr: 'src/prerender.tsx',
            outDir: work,
            emptyOutDir: true,
            rollupOptions: { output: { entryFileNames: 'prerender.mjs' } },
          },
        });
        const module = (await import(`${pathToFileURL(path.join(work, 'prerender.mjs')).href}?at=${Date.now()}`)) as {
          renderFirstScreen(): string;
        };
        const file = path.join(options.outDir, 'index.html');
        const page = await readFile(file, 'utf8');
        if (!page.includes(ROOT_ELEMENT)) throw new Error(`index.html no tiene ${ROOT_ELEMENT}`);
        const html = module.renderFirstScreen();
        // The page's CSP refuses style attributes in HTML (React sets styles through the DOM, which it allows).
        const inline = /<[^>]+\sstyle="[^"]*"/.exec(html);
        if (inline) throw new Error(`La primera pantalla trae un atributo style, que la CSP bloquearía: ${inline[0].slice(0, 160)}`);
        const drawn = startAfterFirstPaint(page.replace(ROOT_ELEMENT, `<div id="root">${html}</div>`));
        await writeFile(file, await inlineStylesheet(drawn, options.outDir));
      } finally {
        await rm(work, { recursive: true, force: true });
      }
    },
  };
}
