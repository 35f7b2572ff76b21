/* global window, document, requestAnimationFrame, MutationObserver, CSS, HTMLElement */
/**
 * The UI bench's stopwatch, injected into every page it opens (addInitScript) before the app's
 * own scripts. Plain browser JavaScript, so nothing is compiled into what runs in the page.
 *
 *   window.__uiBench.arm(kind, args, trigger)  start listening: the clock starts at the
 *       timeStamp of the trusted event that triggers the action ('Enter': keydown of Enter;
 *       'click': click on a menu item; 'navigation': the page's timeOrigin, for a cold start).
 *   window.__uiBench.result()  resolves with { shown, ready, parts } in ms from that instant:
 *       shown: every part of the screen `kind` expects is in the DOM, then one frame painted
 *       (requestAnimationFrame, then a task after it: the frame with the change has been produced);
 *       ready: the same once the focus is where the next key goes (null if it never gets there);
 *       parts: for the names listed in args.parts, when each first stood in the DOM (no paint).
 *
 * Nothing is sampled by polling: a MutationObserver and focus changes re-check the conditions.
 */
(() => {
  const TIMEOUT_MS = 10_000;
  const READY_TIMEOUT_MS = 5_000;

  const attr = (name, value) => `[${name}="${CSS.escape(value)}"]`;
  const labelled = (label, root = document) => root.querySelector(attr('aria-label', label));
  /** The input a <label> names, as getByLabel finds it for MUI text fields. */
  const inputLabelled = (text) => {
    for (const label of document.querySelectorAll('label')) {
      if (label.textContent.replace(/\s*\*\s*$/, '').trim() !== text) continue;
      const input = label.htmlFor ? document.getElementById(label.htmlFor) : label.querySelector('input');
      if (input) return input;
    }
    return null;
  };
  const painted = (el) => {
    if (!(el instanceof HTMLElement) || el.disabled) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const focused = (el) => el !== null && document.activeElement === el;
  const text = (el) => (el ? el.textContent : '');
  /** The first elements of a box, for the message of a screen that never showed its panel. */
  const outline = (box) =>
    [...box.querySelectorAll('*')]
      .slice(0, 8)
      .map((e) => `${e.tagName.toLowerCase()}${e.getAttribute('role') ? `[${e.getAttribute('role')}]` : ''}${e.getAttribute('aria-label') ? `«${e.getAttribute('aria-label')}»` : ''}`)
      .join(' ') || 'nada';

  /** Each kind: what must be there (shown) and where the focus must be (ready); `missing` says what is not. */
  const KINDS = {
    /** SUSCRIPTOR → Consulta: header, info panels, estado de cuenta, chart, facturas and trámites of that subscriber. */
    subscriber(a) {
      const article = labelled(`Suscriptor ${a.code}`);
      const find = (label) => article && labelled(label, article);
      const missing = [];
      if (!article || text(article.querySelector('h1')).trim() !== a.code) missing.push('encabezado');
      for (const panel of ['Predio', 'Titular', 'Servicios y medidor']) if (!find(panel)) missing.push(panel);
      const account = find('Estado de cuenta');
      if (!account || (a.movements > 0 && !account.querySelector('table tbody tr'))) missing.push('estado de cuenta');
      const chart = find('Consumo últimos 12 periodos');
      const bars = chart ? chart.querySelectorAll('svg[aria-label="Gráfico de consumo por periodo"] rect').length : 0;
      if (!chart || (a.points > 0 ? bars === 0 : !text(chart).includes('No hay lecturas'))) missing.push('gráfico');
      if (!text(find('Facturas')).includes(a.invoice)) missing.push('facturas');
      if (a.filing !== null && !text(find('Trámites PQR')).includes(a.filing)) missing.push('trámites');
      return { missing, ready: true };
    },
    /** RECAUDO → ABONO, an exact código + Enter: the debts listed, the focus on Valor a pagar. */
    debts(a) {
      const table = labelled('Deudas del suscriptor');
      const rows = table ? table.querySelectorAll('tbody tr').length : 0;
      if (rows !== a.count) return { missing: [`deudas (${rows} de ${a.count})`] };
      return { missing: [], ready: focused(inputLabelled('Valor a pagar')) };
    },
    /** CAJA → Pago de cupón: the coupon with its amount due, the focus on Recibido. */
    coupon(a) {
      const section = labelled(`Cupón ${a.number}`);
      const total = section && labelled('Total del cupón', section);
      if (!total || !/\d/.test(text(total))) return { missing: ['total del cupón'] };
      return { missing: [], ready: focused(inputLabelled('Recibido')) };
    },
    /** A menu's screen: its box in <main>, new since arm(), its code loaded and its panel drawn. */
    screen(_a, state) {
      const main = document.querySelector('main');
      const box = main && [...main.children].find((c) => !c.hidden && !state.before.has(c));
      if (!box) return { missing: ['pantalla'] };
      if (labelled('Abriendo la pantalla', box)) return { missing: ['código de la pantalla'] };
      if (!box.querySelector('section, form, table, h1, h2, input, [role="region"], [role="tablist"], [role="alert"]')) {
        return { missing: [`panel (hay: ${outline(box)})`] };
      }
      return { missing: [], ready: !box.querySelector('[role="progressbar"]') };
    },
    /** The login page: Usuario there, drawn and enabled; ready once it has the focus (autoFocus). */
    login() {
      const input = inputLabelled('Usuario');
      if (!painted(input)) return { missing: ['campo Usuario'] };
      return { missing: [], ready: focused(input) };
    },
  };

  /** After the next frame: requestAnimationFrame runs just before it is painted, a task posted there just after. */
  const afterPaint = () =>
    new Promise((resolve) => requestAnimationFrame(() => window.setTimeout(() => resolve(performance.now()), 0)));

  /**
   * The login comes drawn in index.html and takes keys at once; INGRESAR works once the script has
   * run and React has taken the page over. When that happened (ms from navigation), or null.
   */
  let loginEnabledAt = null;
  function watchLoginEnabled() {
    const button = () => document.querySelector('form[aria-label="Ingresar"] button[type="submit"]');
    const check = () => {
      const b = button();
      if (loginEnabledAt !== null || !b || b.disabled) return;
      observer.disconnect();
      void afterPaint().then((at) => (loginEnabledAt = at));
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true, attributes: true });
    check();
  }

  let current = null;
  /** The promise of the last arm(), kept after it settles: result() may be asked for late. */
  let latest = null;

  function arm(kind, args, trigger) {
    if (current) current.stop();
    if (kind === 'login') watchLoginEnabled();
    const check = KINDS[kind];
    const state = {
      t0: trigger === 'navigation' ? 0 : null,
      before: new Set(document.querySelector('main') ? document.querySelector('main').children : []),
      shown: null,
      ready: null,
      last: ['nada todavía'],
      /** When each part named in `args.parts` first stood in the DOM (ms from t0, before its paint). */
      parts: {},
    };
    let settle;
    let fail;
    const done = new Promise((resolve, reject) => {
      settle = resolve;
      fail = reject;
    });
    let shownPending = false;
    let readyPending = false;
    const look = () => {
      if (state.t0 === null) return;
      const found = check(args, state);
      state.last = found.missing;
      for (const part of (args && args.parts) || []) {
        if (!(part in state.parts) && !found.missing.includes(part)) state.parts[part] = performance.now() - state.t0;
      }
      if (found.missing.length > 0) return;
      if (state.shown === null && !shownPending) {
        shownPending = true;
        void afterPaint().then((at) => {
          state.shown = at - state.t0;
          finish();
        });
      }
      if (found.ready && state.ready === null && !readyPending) {
        readyPending = true;
        void afterPaint().then((at) => {
          state.ready = at - state.t0;
          finish();
        });
      }
    };
    const finish = () => {
      if (state.shown !== null && state.ready !== null) {
        stop();
        settle({ shown: state.shown, ready: state.ready, parts: state.parts });
      } else if (state.shown !== null && readyTimer === null) {
        readyTimer = window.setTimeout(() => {
          stop();
          settle({ shown: state.shown, ready: null, parts: state.parts });
        }, READY_TIMEOUT_MS);
      }
    };
    const onKey = (event) => {
      if (trigger === 'Enter' && state.t0 === null && event.key === 'Enter' && event.isTrusted) {
        state.t0 = event.timeStamp;
        look();
      }
    };
    const onClick = (event) => {
      const item = event.target instanceof HTMLElement ? event.target.closest('[role="menuitem"]') : null;
      if (trigger === 'click' && state.t0 === null && item && event.isTrusted) {
        state.t0 = event.timeStamp;
        look();
      }
    };
    const observer = new MutationObserver(look);
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('click', onClick, true);
    document.addEventListener('focusin', look, true);
    let readyTimer = null;
    const timeout = window.setTimeout(() => {
      stop();
      fail(new Error(`${kind}: no terminó en ${TIMEOUT_MS / 1000} s (${state.t0 === null ? 'sin evento de inicio' : `falta: ${state.last.join(', ')}`})`));
    }, TIMEOUT_MS);
    function stop() {
      observer.disconnect();
      window.removeEventListener('keydown', onKey, true);
      window.removeEventListener('click', onClick, true);
      document.removeEventListener('focusin', look, true);
      window.clearTimeout(timeout);
      if (readyTimer !== null) window.clearTimeout(readyTimer);
      if (current && current.done === done) current = null;
    }
    current = { stop, done };
    latest = done;
    // Handled by result(); without this a timeout would also log an unhandled rejection.
    done.catch(() => {});
    look();
  }

  /**
   * Resolves true once a screen is up with its code loaded and nothing loading in <main>, false
   * after `timeoutMs`: where a user would start working. (Not timed; page.waitForFunction would
   * need eval, which the page's CSP forbids.)
   */
  function settled(timeoutMs) {
    const quiet = () => {
      const main = document.querySelector('main');
      return main !== null && !labelled('Abriendo la pantalla') && !main.querySelector('[role="progressbar"]');
    };
    return new Promise((resolve) => {
      const end = (value) => {
        observer.disconnect();
        window.clearTimeout(timer);
        resolve(value);
      };
      const observer = new MutationObserver(() => quiet() && end(true));
      const timer = window.setTimeout(() => end(false), timeoutMs);
      observer.observe(document, { subtree: true, childList: true, attributes: true });
      if (quiet()) end(true);
    });
  }

  window.__uiBench = {
    arm,
    settled,
    result: () => latest ?? Promise.reject(new Error('__uiBench: nada armado')),
    /** Resolves with when INGRESAR became usable (see watchLoginEnabled), waiting for it if need be. */
    loginEnabled: (timeoutMs) =>
      new Promise((resolve) => {
        const started = performance.now();
        const poll = () =>
          loginEnabledAt !== null || performance.now() - started > timeoutMs ? resolve(loginEnabledAt) : window.setTimeout(poll, 10);
        poll();
      }),
  };
})();
