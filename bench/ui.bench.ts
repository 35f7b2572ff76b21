import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { build } from 'vite';
import { openDatabase } from '../db/open';
import { addPqrHistory } from '../db/seed/pqr-history';
import { Random } from '../db/seed/random';
import { DEMO_USERS } from '../db/seed/users';
import { E2E_START } from '../e2e/host';
import { CHROMIUM_ARGS, ChromiumMissingError, findChromium } from '../electron/printing/chromium-engine';
import type { BenchOffice } from './office';
import { ms, report, timing } from './stats';
import { type UiHost, startUiHost } from './ui-host';

/**
 * The real renderer (vite build) in headless Chromium against browser mode (electron/host.ts),
 * for the demo office the e2e use and for the bench's 200,000-subscriber office. Every time is
 * taken inside the page by bench/ui-probe.js: from the timeStamp of the trusted event (Enter, the
 * click on a menu item, the navigation's start) until everything the screen shows for that
 * subscriber or coupon is in the DOM, plus one painted frame. Figures only, never a failure.
 */

const root = path.resolve(import.meta.dirname, '..');
const PROBE = path.join(import.meta.dirname, 'ui-probe.js');
const RUNS = Number(process.env.BENCH_UI_RUNS ?? 30);
const WARMUP = 5;
const COLD_RUNS = RUNS;
const COLD_WARMUP = 2;
const MENU_MIN_RUNS = 30;
const MENU_MAX_ROUNDS = 4;
/** A menu run is a whole session (context, load, login, click): 5 to 9 s each on a busy 2-core machine. */
const MENU_BUDGET_MS = 420_000;
/** Each loop stops here whatever its count: the bench must end on a busy machine too. */
const LOOP_BUDGET_MS = 240_000;
const ACTION_TIMEOUT_MS = 20_000;
const CANDIDATE_LIMIT = 4_000;
const CONTEXT = { viewport: { width: 1366, height: 768 }, locale: 'es-CO', timezoneId: 'America/Bogota' } as const;
const SEARCH = 'Código, nombre, cédula o dirección del suscriptor';

const TARGET = { keyToView: 50, coldStart: 400, menu: 100 } as const;
const PARTS = ['frio', 'asesor', 'caja', 'menus'] as const;
/** BENCH_UI_PARTS=menus,caja runs only those parts (all by default). */
const parts = (process.env.BENCH_UI_PARTS ?? PARTS.join(',')).split(',').map((p) => p.trim());
const runsPart = (part: (typeof PARTS)[number]) => parts.includes(part);

export interface UiOffice {
  file: string;
  subscribers: number;
  trámites: number;
  dispose(): void;
}

/**
 * A copy of the bench office for the UI bench's host (the other benches go on writing to theirs),
 * with a year of trámites as pqr.bench.ts gives it, so the subscriber view has its PQR panel.
 */
export function uiOfficeFrom(office: BenchOffice, subscribers: number, trámites: number): UiOffice {
  const dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-bench-ui-'));
  const file = path.join(dir, 'office.db');
  try {
    office.copyTo(file);
    const { sqlite } = openDatabase({ file });
    try {
      addPqrHistory(sqlite, { today: office.today, count: trámites, days: 365, seed: 5151 });
      sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      sqlite.close();
    }
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { file, subscribers, trámites, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** One subscriber the runs open, with what its view must show and the coupon made for it. */
interface Account {
  code: string;
  invoice: string;
  filing: string | null;
  movements: number;
  points: number;
  debts: number;
  coupon: { number: string; total: number };
}

interface Measured {
  shown: number;
  ready: number | null;
  /** DOM arrival of each named part (args.parts), before its paint. */
  parts: Record<string, number>;
}

const VIEW_PARTS = ['encabezado', 'Predio', 'Titular', 'Servicios y medidor', 'estado de cuenta', 'gráfico', 'facturas', 'trámites'];

interface OfficePlan {
  title: string;
  /** An existing database, or null: the host creates the demo office in a temp file. */
  file: string | null;
  env: Record<string, string>;
  /** Códigos to try, in order, for the accounts the runs open. */
  candidates: () => Iterable<string>;
}

export async function benchUi(large: UiOffice | null): Promise<void> {
  console.log('\nUI (modo navegador): la interfaz real en Chromium headless contra electron/host.ts');
  let executablePath: string;
  try {
    executablePath = findChromium(process.env);
  } catch (error) {
    if (!(error instanceof ChromiumMissingError)) throw error;
    console.log(`  omitido: ${error.message}`);
    return;
  }
  const started = performance.now();
  await build({ configFile: path.join(root, 'renderer', 'vite.config.ts'), logLevel: 'warn' });
  console.log(
    `  interfaz compilada (vite build → out/renderer) en ${seconds(performance.now() - started)}; ventana ${CONTEXT.viewport.width}×${CONTEXT.viewport.height}`,
  );
  console.log(
    '  Cada tiempo se toma dentro de la página: desde el timeStamp del evento (Enter, clic, inicio de la navegación)\n' +
      '  hasta que todo lo que la pantalla debe mostrar está en el DOM y se pintó un cuadro (requestAnimationFrame + una tarea).',
  );
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  try {
    await benchOffice(browser, {
      title: 'Oficina de demostración (300 suscriptores, como la siembran los e2e; reloj de prueba)',
      file: null,
      env: { VENTANILLA_TEST_CLOCK: E2E_START, VENTANILLA_DEMO: '1', VENTANILLA_DEMO_SUBSCRIBERS: '300' },
      candidates: () => shuffled(Array.from({ length: 300 }, (_, i) => String(100001 + i)), 11),
    });
    if (large) {
      await benchOffice(browser, {
        title:
          `Oficina de ${large.subscribers.toLocaleString('es-CO')} suscriptores (la del bench, con ${large.trámites.toLocaleString('es-CO')} ` +
          'trámites en un año; reloj real: el host solo acepta el de prueba en una base que él crea)',
        file: large.file,
        env: { VENTANILLA_DEMO: '1' },
        candidates: () => randomCodes(large.subscribers, 13),
      });
    }
  } finally {
    await browser.close();
  }
}

async function benchOffice(browser: Browser, plan: OfficePlan): Promise<void> {
  console.log(`\n${plan.title}`);
  const dir = mkdtempSync(path.join(tmpdir(), 'ventanilla-bench-ui-host-'));
  const started = performance.now();
  let host: UiHost | null = null;
  try {
    host = await startUiHost({
      dbFile: plan.file ?? path.join(dir, 'ventanilla.db'),
      archiveDir: path.join(dir, 'Archivo'),
      env: plan.env,
    });
    console.log(`  host listo en ${seconds(performance.now() - started)}`);
    const prepared = performance.now();
    const accounts = await prepareAccounts(host, plan.candidates(), WARMUP + RUNS);
    await openCashSession(host);
    console.log(
      `  ${accounts.length} suscriptores ACTIVOS con trámites, cada uno con una factura nueva y su cupón (preparados en ${seconds(performance.now() - prepared)})`,
    );
    const url = host.url;
    if (runsPart('frio')) await section('arranque en frío', () => coldStart(browser, url));
    if (runsPart('asesor')) await section('SUSCRIPTOR y ABONO', () => asesorRuns(browser, url, accounts));
    if (runsPart('caja')) await section('CAJA', () => cajaRuns(browser, url, accounts));
    if (runsPart('menus')) await section('menús', () => menuRuns(browser, url));
  } finally {
    await host?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A part that breaks (a screen being reworked) is reported and the others still run. */
async function section(name: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    console.log(`  ${name}: ERROR, sin cifras: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    process.exitCode = 1;
  }
}

// ─── Setup through the host's procedures (not timed) ─────────────────────────────────────────

async function prepareAccounts(host: UiHost, candidates: Iterable<string>, count: number): Promise<Account[]> {
  const asesor = await host.login('asesor', password('asesor'));
  const products = await host.call<{ id: number; code: string }[]>('products.list', {}, asesor);
  const product = products.find((p) => p.code === 'REC') ?? products[0];
  if (!product) throw new Error('La oficina no tiene productos para facturar.');
  const accounts: Account[] = [];
  let tried = 0;
  for (const code of candidates) {
    if (accounts.length >= count || tried++ >= CANDIDATE_LIMIT) break;
    const pqr = await host.call<{ filingNumber: string }[]>('pqr.bySubscriber', { code }, asesor);
    if (pqr.length === 0) continue;
    const view = await host.call<{ status: string; owner: { id: number } }>('subscribers.view', { code }, asesor);
    if (view.status !== 'ACTIVO') continue;
    const invoice = await host.call<{ number: string }>(
      'invoices.create',
      {
        requestKey: `bench-ui-factura-${code}-${Date.now()}`,
        paymentForm: 'CONTADO',
        subscriberCode: code,
        partyId: view.owner.id,
        lines: [{ productId: product.id, quantity: 1 }],
        observation: `Código ${code}, reconexión del servicio`,
      },
      asesor,
    );
    type Owed = { items: { chargeId: number; reference: string | null }[] };
    const owed = await host.call<Owed>('coupons.owed', { code }, asesor);
    const charge = owed.items.find((i) => i.reference === invoice.number);
    if (!charge) throw new Error(`La factura ${invoice.number} no aparece en lo adeudado por ${code}.`);
    const coupon = await host.call<{ number: string; total: number }>(
      'coupons.create',
      { requestKey: `bench-ui-cupon-${code}-${Date.now()}`, subscriberCode: code, chargeIds: [charge.chargeId] },
      asesor,
    );
    // What the screens must show, read after everything above was written.
    const shown = await host.call<{ movements: unknown[]; consumption: unknown[] }>('subscribers.view', { code }, asesor);
    const debts = (await host.call<Owed>('coupons.owed', { code }, asesor)).items.length;
    accounts.push({
      code,
      invoice: invoice.number,
      filing: pqr[0]!.filingNumber,
      movements: shown.movements.length,
      points: shown.consumption.length,
      debts,
      coupon,
    });
  }
  if (accounts.length < 2) throw new Error(`Solo ${accounts.length} suscriptores activos con trámites entre ${tried} probados.`);
  return accounts;
}

/** The cashier's session for the day (the e2e open it on screen; here through the procedure). */
async function openCashSession(host: UiHost): Promise<void> {
  const cajero = await host.login('cajero', password('cajero'));
  const answer = await host.invoke('cash.open', { openingFloat: 200_000 }, cajero);
  if (!answer.ok && !/Ya tiene una caja abierta/.test(answer.error.message)) {
    throw new Error(`cash.open: ${answer.error.message}`);
  }
}

// ─── Pages ───────────────────────────────────────────────────────────────────────────────────

interface Tab {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** A fresh browser context (no HTTP cache, no session) with the probe in its pages. */
async function openTab(browser: Browser, url: string, initScript?: string): Promise<Tab> {
  const context = await browser.newContext({ ...CONTEXT, baseURL: url });
  try {
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    await context.addInitScript({ path: PROBE });
    if (initScript) await context.addInitScript({ content: initScript });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    return { context, page, problems };
  } catch (error) {
    await context.close();
    throw error;
  }
}

async function withTab<T>(browser: Browser, url: string, use: (tab: Tab) => Promise<T>, initScript?: string): Promise<T> {
  const tab = await openTab(browser, url, initScript);
  try {
    return await use(tab);
  } finally {
    // A crashed page must not hide the error that says why.
    await tab.context.close().catch(() => undefined);
  }
}

const arm = (page: Page, kind: string, args: unknown, trigger: 'Enter' | 'click' | 'navigation') =>
  page.evaluate(`window.__uiBench.arm(${JSON.stringify(kind)}, ${JSON.stringify(args)}, ${JSON.stringify(trigger)})`);
const result = async (page: Page) => (await page.evaluate('window.__uiBench.result()')) as Measured;

const passwords = new Map<string, string>(DEMO_USERS.map((u) => [u.username, u.password]));
function password(username: string): string {
  const known = passwords.get(username);
  if (!known) throw new Error(`No hay usuario de demostración ${username}`);
  return known;
}

/**
 * Logs in on the login page of a fresh tab; a user who must change the password (the factory
 * admin of an empty office) changes it as first-admin.spec.ts does, and keeps the new one.
 */
async function login(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Usuario').fill(username);
  await page.getByLabel('Contraseña').fill(password(username));
  await ingresarEnabled(page);
  await page.getByLabel('Contraseña').press('Enter');
  const menu = page.getByRole('navigation', { name: 'Módulos' });
  const change = page.getByRole('form', { name: 'Cambiar contraseña' });
  await menu.or(change).waitFor();
  if (await change.isVisible()) {
    const next = `Yarumo-Cascada-${100 + Math.floor(Math.random() * 900)}`;
    await change.getByLabel('Contraseña actual').fill(password(username));
    await change.getByLabel('Nueva contraseña', { exact: true }).fill(next);
    await change.getByLabel('Repita la nueva contraseña').fill(next);
    await change.getByLabel('Repita la nueva contraseña').press('Enter');
    await menu.waitFor();
    passwords.set(username, next);
  }
}

/** The first screen drawn, its code loaded and its data in: the user would click the menu only then. */
async function settled(page: Page): Promise<void> {
  await page.evaluate('window.__uiBench.settled(10000)');
}

async function openMenu(page: Page, module: string, item: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Módulos' }).getByRole('button', { name: module, exact: true }).click();
  await page.getByRole('menuitem', { name: item, exact: true }).click();
}

// ─── 4. Cold start ───────────────────────────────────────────────────────────────────────────

async function coldStart(browser: Browser, url: string): Promise<void> {
  const shown: number[] = [];
  const ready: number[] = [];
  const html: number[] = [];
  const scripts: number[] = [];
  const enabled: number[] = [];
  const deadline = Date.now() + LOOP_BUDGET_MS;
  for (let i = 0; i < COLD_WARMUP + COLD_RUNS && Date.now() < deadline; i++) {
    const [r, navigation] = await withTab(
      browser,
      url,
      async ({ page }) => {
        await page.goto('/', { waitUntil: 'commit' });
        const measured = await result(page);
        const usable = (await page.evaluate(`window.__uiBench.loginEnabled(${ACTION_TIMEOUT_MS})`)) as number | null;
        if (usable === null) throw new Error('INGRESAR no se habilitó');
        if (i >= COLD_WARMUP) enabled.push(usable);
        // Where the time went: the page received, its module scripts run (DOMContentLoaded).
        const entry = (await page.evaluate(
          `(({ responseEnd, domContentLoadedEventEnd }) => ({ responseEnd, domContentLoadedEventEnd }))(performance.getEntriesByType('navigation')[0])`,
        )) as { responseEnd: number; domContentLoadedEventEnd: number };
        return [measured, entry] as const;
      },
      `window.__uiBench.arm('login', {}, 'navigation');`,
    );
    if (i < COLD_WARMUP) continue;
    shown.push(r.shown);
    if (r.ready !== null) ready.push(r.ready);
    html.push(navigation.responseEnd);
    scripts.push(navigation.domContentLoadedEventEnd);
  }
  console.log(
    `  Arranque en frío: contexto nuevo (sin caché HTTP) por corrida, desde performance.timeOrigin; ${COLD_WARMUP} corridas de calentamiento descartadas`,
  );
  console.log('  El ingreso viene dibujado en index.html: Usuario recibe teclas en cuanto se pinta; INGRESAR, cuando corrió el script.');
  const t = timing(ready);
  report('inicio → Usuario pintado, con el foco', t, `p95 < ${TARGET.coldStart} ms`, t.p95 < TARGET.coldStart);
  report('inicio → campo Usuario pintado', timing(shown));
  report('inicio → INGRESAR habilitado (script corrido)', timing(enabled));
  report('  de ello: index.html recibido', timing(html));
  report('  de ello: scripts ejecutados (DOMContentLoaded)', timing(scripts));
  cut(shown.length, COLD_RUNS);
}

// ─── 1 and 2. SUSCRIPTOR and RECAUDO → ABONO, as the asesor ──────────────────────────────────

async function asesorRuns(browser: Browser, url: string, accounts: Account[]): Promise<void> {
  await withTab(browser, url, async ({ page, problems }) => {
    await login(page, 'asesor');
    const field = page.getByLabel(SEARCH);
    await field.waitFor();
    await settled(page);

    const view: number[] = [];
    const arrivals = new Map<string, number[]>(VIEW_PARTS.map((p) => [p, []]));
    let deadline = Date.now() + LOOP_BUDGET_MS;
    for (const [i, a] of runsOver(accounts)) {
      if (Date.now() > deadline) break;
      await field.fill('');
      const expected = { code: a.code, invoice: a.invoice, filing: a.filing, movements: a.movements, points: a.points };
      await arm(page, 'subscriber', { ...expected, parts: VIEW_PARTS }, 'Enter');
      await field.fill(a.code);
      await field.press('Enter');
      const r = await result(page);
      if (i < WARMUP) continue;
      view.push(r.shown);
      for (const [part, at] of Object.entries(r.parts)) arrivals.get(part)?.push(at);
    }
    console.log(
      `  SUSCRIPTOR → Consulta: código + Enter (${accounts.length} códigos alternados, ${WARMUP} de calentamiento); vista completa =\n` +
        '  encabezado, Predio, Titular, Servicios, estado de cuenta, barras del gráfico, su factura en Facturas y su trámite en Trámites PQR',
    );
    const t = timing(view);
    report('código + Enter → vista completa pintada', t, `p95 < ${TARGET.keyToView} ms`, t.p95 < TARGET.keyToView);
    cut(view.length, RUNS);
    // Which part comes last: where the time goes (DOM arrival, before the paint counted above).
    const byPart = VIEW_PARTS.map((part) => `${part} ${ms(timing(arrivals.get(part)!).p50)}`);
    console.log(`  llegada al DOM por parte, p50: ${byPart.slice(0, 4).join(' · ')}\n    ${byPart.slice(4).join(' · ')}`);

    await openMenu(page, 'RECAUDO', 'ABONO A FACTURA O FINANCIACIÓN');
    const text = page.getByLabel('Código a buscar', { exact: true });
    await text.waitFor();
    const debts: number[] = [];
    const debtsReady: number[] = [];
    deadline = Date.now() + LOOP_BUDGET_MS;
    for (const [i, a] of runsOver(accounts)) {
      if (Date.now() > deadline) break;
      await text.fill('');
      await text.fill(a.code);
      await arm(page, 'debts', { count: a.debts }, 'Enter');
      await text.press('Enter');
      const r = await result(page);
      if (i < WARMUP) continue;
      debts.push(r.shown);
      if (r.ready !== null) debtsReady.push(r.ready);
    }
    console.log('  RECAUDO → ABONO: un código exacto + Enter abre lo adeudado (como en e2e/recaudo.page.ts)');
    const listed = timing(debts);
    report('código + Enter → deudas listadas', listed, `p95 < ${TARGET.keyToView} ms`, listed.p95 < TARGET.keyToView);
    report('  … y el foco en Valor a pagar', timing(debtsReady));
    cut(debts.length, RUNS);
    consoleProblems(problems);
  });
}

// ─── 3. CAJA → Pago de cupón, as the cashier ─────────────────────────────────────────────────

async function cajaRuns(browser: Browser, url: string, accounts: Account[]): Promise<void> {
  await withTab(browser, url, async ({ page, problems }) => {
    await login(page, 'cajero');
    await page.getByRole('status', { name: 'Caja abierta' }).waitFor();
    const scan = page.getByLabel('Número del cupón');
    await scan.waitFor();
    await settled(page);
    const shown: number[] = [];
    const ready: number[] = [];
    const deadline = Date.now() + LOOP_BUDGET_MS;
    for (const [i, a] of runsOver(accounts)) {
      if (Date.now() > deadline) break;
      await scan.fill('');
      await scan.fill(a.coupon.number);
      await arm(page, 'coupon', { number: a.coupon.number }, 'Enter');
      await scan.press('Enter');
      const r = await result(page);
      if (i < WARMUP) continue;
      shown.push(r.shown);
      if (r.ready !== null) ready.push(r.ready);
    }
    console.log(`  CAJA → Pago de cupón: número + Enter (${accounts.length} cupones VIGENTES alternados, ${WARMUP} de calentamiento)`);
    const t = timing(shown);
    report('cupón + Enter → total a pagar pintado', t, `p95 < ${TARGET.keyToView} ms`, t.p95 < TARGET.keyToView);
    report('  … y el foco en Recibido', timing(ready));
    cut(shown.length, RUNS);
    consoleProblems(problems);
  });
}

// ─── 5. Every menu entry's first paint ───────────────────────────────────────────────────────

interface Entry {
  module: string;
  label: string;
  username: string;
  /** The user's first screen: painted at login, never after a click. */
  atLogin: boolean;
}

/** One user per role: what each sees in the menu and which screen opens at login. */
async function discoverMenus(browser: Browser, url: string): Promise<Entry[]> {
  const seen = new Map<string, Entry>();
  const roles = new Set<string>();
  for (const user of DEMO_USERS) {
    if (roles.has(user.role)) continue;
    roles.add(user.role);
    const menu = await withTab(browser, url, async ({ page }) => {
      await login(page, user.username);
      await settled(page);
      const nav = page.getByRole('navigation', { name: 'Módulos' });
      const current = (await page.locator('header').getByText('›').textContent()) ?? '';
      const [, firstLabel = ''] = current.split(' › ');
      const modules = (await nav.getByRole('button').allTextContents()).map((m) => m.trim());
      const entries: { module: string; label: string }[] = [];
      for (const module of modules) {
        await nav.getByRole('button', { name: module, exact: true }).click();
        const items = page.getByRole('menuitem');
        await items.first().waitFor();
        for (const label of await items.allTextContents()) entries.push({ module, label: label.trim() });
        await page.keyboard.press('Escape');
        await page.getByRole('menu').waitFor({ state: 'hidden' });
      }
      return { entries, first: `${current.split(' › ')[0]?.trim()} › ${firstLabel.trim()}` };
    });
    for (const { module, label } of menu.entries) {
      const key = `${module} › ${label}`;
      const atLogin = key === menu.first;
      const known = seen.get(key);
      // A user for whom it is not the first screen, when there is one: then the click opens it.
      if (!known || (known.atLogin && !atLogin)) seen.set(key, { module, label, username: user.username, atLogin });
    }
  }
  return [...seen.values()];
}

/** The menus are the roles', not the office's: read once, in the first office. */
let discovered: Entry[] | null = null;

async function menuRuns(browser: Browser, url: string): Promise<void> {
  const entries = (discovered ??= await discoverMenus(browser, url));
  const clicked = entries.filter((e) => !e.atLogin);
  const atLogin = entries.filter((e) => e.atLogin);
  const runs = new Map<Entry, Measured[]>(entries.map((e) => [e, []]));
  const errors = new Map<Entry, string>();
  const started = Date.now();
  const deadline = started + MENU_BUDGET_MS;
  let total = 0;
  // Round after round over every entry, until each has one run and all together MENU_MIN_RUNS.
  rounds: for (let round = 1; round <= MENU_MAX_ROUNDS; round++) {
    for (const entry of entries) {
      if (Date.now() > deadline || (round > 1 && total >= MENU_MIN_RUNS)) break rounds;
      if (errors.has(entry)) continue;
      try {
        const r = await withTab(browser, url, ({ page }) => (entry.atLogin ? loginToFirstScreen(page, entry) : clickEntry(page, entry)));
        runs.get(entry)!.push(r);
        if (!entry.atLogin) total++;
      } catch (error) {
        // A screen that never shows its panel is reported on its line; the others go on.
        errors.set(entry, error instanceof Error ? error.message.split('\n')[0]!.replace(/^page\.evaluate: (Error: )?/, '') : String(error));
        process.exitCode = 1;
      }
    }
  }
  const counts = clicked.map((e) => runs.get(e)!.length);
  console.log(
    `  Menús: primera pintura de cada pantalla tras el clic en su entrada. Cada corrida es una sesión nueva (contexto sin caché,\n` +
      `  ingreso, clic en el módulo y en la entrada): el código de la zona se descarga y evalúa al hacer clic, salvo la zona de la\n` +
      `  primera pantalla del usuario, ya cargada al ingresar. ${total} corridas en ${clicked.length} entradas (${Math.min(...counts)} a\n` +
      `  ${Math.max(...counts)} por entrada, ${seconds(Date.now() - started)}): por entrada, mediana y máximo; la meta (< ${TARGET.menu} ms) se juzga por el máximo de cada entrada\n` +
      `  y por el p95 de todas juntas. «panel» = su código cargado y su panel en el DOM, pintado; «lista» = además sin barras de progreso.`,
  );
  const width = Math.max(...entries.map((e) => `${e.module} › ${e.label} (${e.username})`.length));
  const line = (entry: Entry, note: string, judged: boolean) => {
    const r = runs.get(entry)!;
    const name = `${entry.module} › ${entry.label} (${entry.username})`.padEnd(width);
    const error = errors.get(entry);
    if (error) return console.log(`  ${name}  ERROR tras ${r.length} corridas: ${error}`);
    if (r.length === 0) return console.log(`  ${name}  sin corridas (tiempo agotado)`);
    const shown = r.map((x) => x.shown).sort((a, b) => a - b);
    const ready = r.map((x) => x.ready);
    const readyDone = ready.filter((x): x is number => x !== null).sort((a, b) => a - b);
    const max = shown.at(-1)!;
    console.log(
      `  ${name}  panel mediana ${ms(shown[Math.floor((shown.length - 1) / 2)]!).padStart(9)}  máx ${ms(max).padStart(9)}` +
        `   lista mediana ${readyDone.length ? ms(readyDone[Math.floor((readyDone.length - 1) / 2)]!).padStart(9) : '        —'}  máx ${readyDone.length === ready.length ? ms(readyDone.at(-1)!).padStart(9) : '  no llegó'}` +
        `  (${r.length})${judged ? (max < TARGET.menu ? '  PASS' : '  FAIL') : ''}${note}`,
    );
  };
  for (const entry of clicked) line(entry, '', true);
  const all = timing(clicked.flatMap((e) => runs.get(e)!.map((x) => x.shown)));
  report('todas las entradas juntas (panel)', all, `p95 < ${TARGET.menu} ms`, all.p95 < TARGET.menu);
  if (atLogin.length > 0) {
    console.log('  Primeras pantallas que ningún rol abre con un clic: desde el Enter del ingreso (incluye auth.login y su scrypt), sin meta:');
    for (const entry of atLogin) line(entry, '  ingreso → pantalla', false);
  }
}

async function clickEntry(page: Page, entry: Entry): Promise<Measured> {
  await login(page, entry.username);
  await settled(page);
  await page.getByRole('navigation', { name: 'Módulos' }).getByRole('button', { name: entry.module, exact: true }).click();
  const item = page.getByRole('menuitem', { name: entry.label, exact: true });
  await item.waitFor();
  await arm(page, 'screen', {}, 'click');
  await item.click();
  return result(page);
}

async function loginToFirstScreen(page: Page, entry: Entry): Promise<Measured> {
  await page.goto('/');
  await page.getByLabel('Usuario').fill(entry.username);
  await page.getByLabel('Contraseña').fill(password(entry.username));
  await ingresarEnabled(page);
  await arm(page, 'screen', {}, 'Enter');
  await page.getByLabel('Contraseña').press('Enter');
  return result(page);
}

// ─── Helpers ─────────────────────────────────────────────────────────────────────────────────

/** The login comes drawn in index.html: INGRESAR (and Enter) work once the application's script has run. */
async function ingresarEnabled(page: Page): Promise<void> {
  await page.locator('button[type="submit"]:not([disabled])', { hasText: 'INGRESAR' }).waitFor();
}

/** WARMUP + RUNS runs over the accounts in turn: two runs in a row never open the same one. */
function* runsOver(accounts: Account[]): Generator<[number, Account]> {
  for (let i = 0; i < WARMUP + RUNS; i++) yield [i, accounts[i % accounts.length]!];
}

function cut(done: number, wanted: number): void {
  if (done < wanted) console.log(`  (cortado por tiempo: ${done} de ${wanted} corridas)`);
}

function consoleProblems(problems: string[]): void {
  if (problems.length > 0) console.log(`  ${problems.length} errores en la consola de la página; el primero: ${problems[0]!.slice(0, 200)}`);
}

function shuffled<T>(items: T[], seed: number): T[] {
  const rnd = new Random(seed);
  for (let i = items.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function* randomCodes(subscribers: number, seed: number): Generator<string> {
  const rnd = new Random(seed);
  const seen = new Set<number>();
  while (seen.size < subscribers) {
    const n = rnd.int(1, subscribers);
    if (seen.has(n)) continue;
    seen.add(n);
    yield String(100000 + n);
  }
}

const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
